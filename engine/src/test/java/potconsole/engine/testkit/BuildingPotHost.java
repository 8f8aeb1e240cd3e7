package potconsole.engine.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link FakePotHost} whose stand-in {@code pot} answers what an image build asks of a host: {@code version},
 * {@code ls -q}, {@code create} (refused unless every {@code -f} flavour is in the flavour directory; the flavour
 * files it read are copied to {@code fake/applied/POT/} so a test can compare them), {@code info -r/-s},
 * {@code start/stop/exec/snapshot}, {@code export -D DIR} (copies a prepared image: the test makes it with the real
 * {@code xz} and its Skein hash) and {@code destroy}. Every call is appended to {@code fake/calls}.
 */
public final class BuildingPotHost {
    public final FakePotHost host;
    public final Path image;

    /** {@code potConf}: the pot.conf every created pot gets (its {@code NAME} replaced by the pot's name). */
    public BuildingPotHost(Path root, String potConf) {
        host = new FakePotHost(root);
        image = host.fake.resolve("image");
        try {
            Files.createDirectories(image);
            Files.writeString(host.fake.resolve("pot.conf.template"), potConf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FakePotHost.write(host.prefix.resolve("bin/pot"), script(), true);
        // pot hosts have BSD stat; the export's progress asks it for a file's size.
        FakePotHost.write(host.fakeBin.resolve("stat"), """
                #!/bin/sh
                if [ "$1" = -f ] && [ "$2" = %z ]; then exec /usr/bin/stat -c %s "$3"; fi
                exec /usr/bin/stat "$@"
                """, true);
    }

    public Path flavourDir() {
        return host.prefix.resolve("etc/pot/flavours");
    }

    public Path applied(String pot) {
        return host.fake.resolve("applied").resolve(pot);
    }

    public Path calls() {
        return host.fake.resolve("calls");
    }

    private String script() {
        return """
                #!/bin/sh
                jails=%s/jails; fake=%s; flavours=%s
                echo "$*" >> "$fake/calls"
                cmd=$1; shift
                if [ "$cmd" = version ]; then
                    if [ "$1" = -q ]; then echo 0.16.0; else echo 'pot version: 0.16.0'; fi
                    exit 0
                fi
                if [ "$cmd" = ls ]; then
                    for d in "$jails"/*/; do [ -d "$d" ] && basename "$d"; done
                    exit 0
                fi
                if [ "$cmd" = config ]; then
                    case "$2" in
                        fs_root) echo "fs_root = %s" ;;
                        zfs_root) echo "zfs_root = zroot/pot" ;;
                        *) echo "stand-in pot: unexpected config $*" >&2; exit 1 ;;
                    esac
                    exit 0
                fi
                if [ "$cmd" = exec ]; then
                    [ "$1" = -p ] || exit 2
                    [ -e "$fake/running-$2" ] || { echo "###>  pot $2 is not running" >&2; exit 1; }
                    shift 2; echo "exec: $*"; exit 0
                fi
                p=; tag=; dir=; fl=; mode=
                while [ $# -gt 0 ]; do
                    case "$1" in
                        -p) p=$2; shift 2 ;;
                        -t) tag=$2; shift 2 ;;
                        -D) dir=$2; shift 2 ;;
                        -f) fl="$fl $2"; shift 2 ;;
                        -b|-N|-l|-B|-i|-P|-S) shift 2 ;;
                        -r|-s) mode=${1#-}; shift ;;
                        -*) shift ;;
                        *) [ -z "$p" ] && p=$1; shift ;;
                    esac
                done
                [ -n "$p" ] || { echo "###>  no pot name" >&2; exit 1; }
                there() { [ -d "$jails/$p" ] || { echo "###>  $p is not a pot" >&2; exit 1; }; }
                case "$cmd" in
                create)
                    [ -d "$jails/$p" ] && { echo "###>  pot $p already exists" >&2; exit 1; }
                    for f in $fl; do
                        [ -e "$flavours/$f" ] || [ -e "$flavours/$f.sh" ] || { echo "###>  Flavour $f not found" >&2; exit 1; }
                    done
                    echo "===>  Creating a new pot"; echo "===>  pot name     : $p"; echo "===>  flavours     :$fl"
                    mkdir -p "$jails/$p/conf" "$jails/$p/m" "$fake/applied/$p"
                    sed "s/NAME/$p/g" "$fake/pot.conf.template" > "$jails/$p/conf/pot.conf"
                    : > "$jails/$p/conf/fscomp.conf"
                    for f in $fl; do
                        for x in "$f" "$f.sh"; do [ -e "$flavours/$x" ] && cp "$flavours/$x" "$fake/applied/$p/$x"; done
                        echo "$f applied to $p"
                    done ;;
                info)
                    there
                    case "$mode" in
                        r) [ -e "$fake/running-$p" ] || exit 1 ;;
                        s) cat "$fake/snap-$p" 2>/dev/null ;;
                        *) echo "stand-in pot: unexpected info $mode" >&2; exit 1 ;;
                    esac ;;
                start) there; touch "$fake/running-$p"; echo "===>  Starting the pot $p" ;;
                stop) there; rm -f "$fake/running-$p" ;;
                snapshot) there; echo 1795377456 > "$fake/snap-$p" ;;
                export)
                    there
                    [ -e "$fake/snap-$p" ] || { echo "###>  $p has no snapshot" >&2; exit 1; }
                    out="$dir/${p}_$tag.xz"
                    echo "===>  exporting $p @ $(cat "$fake/snap-$p") to $out"
                    cp "$fake/image/image.xz" "$out" && cp "$fake/image/image.xz.meta" "$out.meta" \\
                        && cp "$fake/image/image.xz.skein" "$out.skein" ;;
                destroy) there; rm -rf "$jails/$p" "$fake/running-$p" "$fake/snap-$p" ;;
                *) echo "stand-in pot: unexpected $cmd $*" >&2; exit 1 ;;
                esac
                """.formatted(host.fsRoot, host.fake, flavourDir(), host.fsRoot);
    }
}
