import java.nio.file.Path;
import java.util.Locale;
import potconsole.engine.testkit.FakePotHost;
import potconsole.engine.testkit.Transcript;

/**
 * A pot host tree of N pots for bench-potctl.sh, laid out as pot 0.16.0 lays it out (the engine's FakePotHost), with a
 * stand-in pot that answers "version" and "ls -v" from the tree. Prints the PATH its sessions need.
 *   java -cp engine/target/test-classes:engine/target/classes BenchHost.java DIR N
 */
public class BenchHost {
    public static void main(String[] args) {
        FakePotHost host = new FakePotHost(Path.of(args[0]));
        int pots = Integer.parseInt(args[1]);
        String conf = Transcript.load("69-pot-conf-nginx.txt").stdout();
        StringBuilder snapshots = new StringBuilder();
        for (int i = 0; i < pots; i++) {
            String name = String.format(Locale.ROOT, "pot%03d", i);
            host.pot(name, conf.replace("nginx.vm", name + ".vm"), "");
            snapshots.append("zroot/pot/jails/").append(name).append("@1795377455\n");
        }
        host.fake("snapshots", snapshots.toString());
        // pot ls -v reads every pot.conf, as pot does (without pot's zfs calls: a lower bound for the real one).
        FakePotHost.write(host.prefix.resolve("bin/pot"), """
                #!/bin/sh
                case "$*" in
                    "version -q") echo 0.16.0 ;;
                    version) echo 'pot version: 0.16.0' ;;
                    "ls -v"|"list -v")
                        for conf in %s/jails/*/conf/pot.conf; do
                            dir=${conf%%/conf/pot.conf}
                            printf 'pot name : %%s\\n\\tnetwork : %%s\\n\\tactive : false\\n\\tbase : %%s\\n' \\
                                "${dir##*/}" "$(sed -n 's/^network_type=//p' "$conf")" \\
                                "$(sed -n 's/^pot.base=//p' "$conf")"
                            printf '\\tlevel : %%s\\n\\tdatasets:\\n\\tsnapshot:\\n\\t\\tno snapshots\\n\\n' \\
                                "$(sed -n 's/^pot.level=//p' "$conf")"
                        done ;;
                    *) echo "pot: $1: not in this stand-in" >&2; exit 1 ;;
                esac
                """.formatted(host.fsRoot), true);
        System.out.println(host.prefix.resolve("bin") + ":" + host.fakeBin);
    }
}
