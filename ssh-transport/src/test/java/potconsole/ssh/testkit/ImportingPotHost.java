package potconsole.ssh.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import potconsole.engine.testkit.FakePotHost;

/**
 * A {@link FakePotHost} whose {@code pot} can receive a copy, for copies over loopback sshd: {@code import} reads the
 * image the console pushed into {@code POT_CACHE} (this pot never fetches) and receives the sandbox's simulated
 * {@code zfs send} stream as pot does (pot.conf, fscomp.conf and hooks out of the stream, the host name doubled,
 * pot-spec §5.2), into a hidden directory renamed at the end, as {@code zfs receive} is atomic; {@code rename} and
 * {@code destroy} as pot does them to the tree. The whole stream is read, so a receive costs what it would.
 */
public final class ImportingPotHost {
    public final FakePotHost host;
    public final Path cache;

    public ImportingPotHost(Path root) {
        host = new FakePotHost(root);
        cache = root.resolve("var/cache/pot");
        try {
            Files.createDirectories(cache);
            Path conf = host.prefix.resolve("etc/pot/pot.default.conf");
            Files.writeString(conf, Files.readString(conf).replace("POT_CACHE=/var/cache/pot", "POT_CACHE=" + cache));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        host.base("13.2");
        FakePotHost.write(
                host.prefix.resolve("bin/pot"),
                SCRIPT.replace("@JAILS@", host.fsRoot + "/jails").replace("@CACHE@", cache.toString()),
                true);
    }

    /** The PATH entries that put this host's pot and stand-ins first (for {@link OpenSshServer#start(Path, String)}). */
    public String path() {
        return host.prefix.resolve("bin") + ":" + host.fakeBin;
    }

    /** The names under {@code POT_FS_ROOT/jails}, hidden receive directories included. */
    public List<String> jails() throws IOException {
        try (Stream<Path> s = Files.list(host.fsRoot.resolve("jails"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The files in {@code POT_CACHE}, temporary ones included. */
    public List<String> cacheFiles() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static final String SCRIPT = """
            #!/bin/sh
            J='@JAILS@'
            C='@CACHE@'
            H=$(hostname)
            cmd=$1
            shift
            datasets() {
                # The sandbox's DATASETS line: F fscomp.conf lines, H hook scripts (conf/NAME.sh) (P files in the root: not read here).
                printf '%s' "${1#DATASETS }" | base64 -d | while read -r kind a b; do
                    case "$kind" in
                        F) printf '%s' "$a" | base64 -d >> "$2/conf/fscomp.conf"; echo >> "$2/conf/fscomp.conf" ;;
                        H) printf '%s' "$b" | base64 -d > "$2/conf/$(printf '%s' "$a" | base64 -d).sh" ;;
                    esac
                done
            }
            case "$cmd" in
            version)
                if [ "$1" = -q ]; then echo 0.16.0; else echo 'pot version: 0.16.0'; fi ;;
            import)
                while getopts p:t:U:C:v o; do case $o in p) R=$OPTARG ;; t) T=$OPTARG ;; esac; done
                L=$(printf '%s_%s' "$R" "$T" | tr . _)
                F="$C/${R}_$T.xz"
                if [ -d "$J/$L" ]; then echo "###>  pot $L is already present"; exit 1; fi
                echo "===>  importing $R @ $T as $L"
                if [ ! -f "$F" ] || [ ! -f "$F.skein" ]; then echo "###>  fetch: $F: No such file or directory"; exit 1; fi
                W="$J/.$L.receiving"
                rm -rf "$W"; mkdir -p "$W/conf" "$W/m"
                xz -dc "$F" | {
                    read -r magic; read -r snap; read -r conf; read -r data
                    cat > /dev/null
                    printf '%s' "$conf" | base64 -d > "$W/conf/pot.conf"
                    : > "$W/conf/fscomp.conf"
                    datasets "$data" "$W"
                } || { rm -rf "$W"; echo "###>  zfs receive failed"; exit 1; }
                sed "s/^host.hostname=.*/host.hostname=\\"$L.$H.$H\\"/" "$W/conf/pot.conf" > "$W/conf/pot.conf.new"
                mv "$W/conf/pot.conf.new" "$W/conf/pot.conf"
                mv "$W" "$J/$L" ;;
            ls)
                # pot ls -q: the pots' names (what the console reads back after import, rename, destroy)
                for d in "$J"/*; do [ -d "$d" ] && echo "${d##*/}"; done
                exit 0 ;;
            rename)
                while getopts p:n:v o; do case $o in p) P=$OPTARG ;; n) N=$OPTARG ;; esac; done
                [ -d "$J/$P" ] || { echo "###>  $P is not a pot"; exit 1; }
                mv "$J/$P" "$J/$N"
                sed "s/^host.hostname=.*/host.hostname=\\"$N.$H\\"/" "$J/$N/conf/pot.conf" > "$J/$N/conf/pot.conf.new"
                mv "$J/$N/conf/pot.conf.new" "$J/$N/conf/pot.conf" ;;
            destroy)
                while getopts p:b:f:B:Frqv o; do case $o in p) P=$OPTARG ;; esac; done
                [ -d "$J/$P" ] || { echo "###>  $P is not a pot"; exit 1; }
                rm -rf "$J/$P" ;;
            *)
                echo "###>  fake pot: unexpected $cmd $*"; exit 1 ;;
            esac
            """;
}
