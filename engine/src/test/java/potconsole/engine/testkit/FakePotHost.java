package potconsole.engine.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A pot host laid out on disk the way pot 0.16.0 lays it out, for running the real inventory script: an install
 * prefix with {@code bin/pot} and {@code etc/pot/pot.default.conf}, a {@code POT_FS_ROOT} tree, status files in
 * {@code POT_TMP}, and stand-ins for {@code zfs} and {@code jls} that print recorded output.
 */
public final class FakePotHost {
    public final Path root;
    public final Path prefix;
    public final Path fsRoot;
    public final Path tmp;
    public final Path fakeBin;
    public final Path fake;

    public FakePotHost(Path root) {
        this.root = root;
        this.prefix = root.resolve("usr/local");
        this.fsRoot = root.resolve("opt/pot");
        this.tmp = root.resolve("tmp");
        this.fakeBin = root.resolve("fakebin");
        this.fake = root.resolve("fake");
        try {
            Files.createDirectories(fsRoot.resolve("jails"));
            Files.createDirectories(fsRoot.resolve("bases"));
            Files.createDirectories(fsRoot.resolve("bridges"));
            Files.createDirectories(prefix.resolve("etc/pot/flavours"));
            Files.createDirectories(tmp);
            Files.createDirectories(fake);
            write(prefix.resolve("bin/pot"), """
                    #!/bin/sh
                    if [ "$1" = version ]; then
                        if [ "$2" = -q ]; then echo 0.16.0; else echo 'pot version: 0.16.0'; fi
                        exit 0
                    fi
                    exit 1
                    """, true);
            write(prefix.resolve("etc/pot/pot.default.conf"), """
                    # pot configuration file
                    POT_ZFS_ROOT=zroot/pot
                    POT_FS_ROOT=%s
                    POT_CACHE=/var/cache/pot
                    POT_TMP=%s
                    POT_GROUP=pot
                    POT_NETWORK=10.192.0.0/10
                    POT_NETMASK=255.192.0.0
                    POT_GATEWAY=10.192.0.1
                    POT_EXTIF=em0
                    POT_DNS_NAME=dns
                    POT_DNS_IP=10.192.0.2
                    POT_NETWORK_STACK=ipv4
                    """.formatted(fsRoot, tmp), false);
            write(fakeBin.resolve("zfs"), """
                    #!/bin/sh
                    d=%s
                    case "$*" in
                        "list -H -t snapshot"*) cat "$d/snapshots" 2>/dev/null ;;
                        "get -H"*) cat "$d/props" 2>/dev/null ;;
                        "list -H -o name -d 1"*) cat "$d/fscomps" 2>/dev/null ;;
                        *) echo "fake zfs: unexpected $*" >&2; exit 1 ;;
                    esac
                    """.formatted(fake), true);
            write(fakeBin.resolve("jls"), """
                    #!/bin/sh
                    [ "$1" = name ] || { echo "fake jls: unexpected $*" >&2; exit 1; }
                    cat %s/jails 2>/dev/null
                    exit 0
                    """.formatted(fake), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line that puts this host's pot and stand-ins first on PATH. */
    public String pathPreamble() {
        return "PATH='" + prefix.resolve("bin") + ":" + fakeBin + "':$PATH; export PATH";
    }

    public FakePotHost pot(String name, String potConf, String fscompConf) {
        Path conf = fsRoot.resolve("jails").resolve(name).resolve("conf");
        write(conf.resolve("pot.conf"), potConf, false);
        write(conf.resolve("fscomp.conf"), fscompConf, false);
        try {
            Files.createDirectories(fsRoot.resolve("jails").resolve(name).resolve("m"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public FakePotHost lastRun(String pot, String json) {
        write(fsRoot.resolve("jails").resolve(pot).resolve("conf/.last_run_stats"), json, false);
        return this;
    }

    public FakePotHost status(String pot, String content) {
        write(tmp.resolve("pot_status_" + pot), content, false);
        return this;
    }

    public FakePotHost base(String name) {
        try {
            Files.createDirectories(fsRoot.resolve("bases").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public FakePotHost bridge(String name, String content) {
        write(fsRoot.resolve("bridges").resolve(name), content, false);
        return this;
    }

    public FakePotHost flavourFiles(String... names) {
        for (String n : names) {
            write(prefix.resolve("etc/pot/flavours").resolve(n), "", n.endsWith(".sh"));
        }
        return this;
    }

    public FakePotHost jails(List<String> names) {
        return fake("jails", String.join("", names.stream().map(n -> n + "\n").toList()));
    }

    public FakePotHost fake(String file, String content) {
        write(fake.resolve(file), content, false);
        return this;
    }

    public static void write(Path file, String content, boolean executable) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            if (executable) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
