package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code pot prepare} (pot-spec §5.3, transcripts 114–118): import once per host, clone as {@code <name>_<aID>},
 * set the command and the orchestrator attributes, export ports, start with {@code -s}. It calls the other commands
 * in-process as pot does, so their messages and failures are theirs.
 */
final class PrepareCommands {
    private static final List<String[]> ATTRIBUTES = List.of(
            new String[] {"persistent", "NO"},
            new String[] {"no-rc-script", "YES"},
            new String[] {"prunable", "YES"},
            new String[] {"localhost-tunnel", "YES"},
            new String[] {"no-etc-hosts", "YES"},
            new String[] {"no-tmpfs", "YES"});

    private PrepareCommands() {}

    static int prepare(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:U:t:c:e:a:n:sN:i:B:S:d:C:", args);
        String remote = g.value('p').orElse("");
        String tag = g.value('t').orElse("");
        if (remote.isEmpty() || tag.isEmpty() || !g.has('a')) {
            c.out().error(!g.has('a') ? "An allocation id is mandatory" : "pot name and tag are mandatory");
            c.out().help(SetupHelp.of("prepare"));
            return 1;
        }
        String imported = (remote + "_" + tag).replace('.', '_');
        String created = (g.value('n').orElse(imported) + "_" + g.value('a').get()).replace('.', '_');
        if (c.state().pot(created).isPresent()) {
            c.out().error("A pot with name " + created + " already exists");
            return 1;
        }
        if (c.state().pot(imported).isEmpty() && !importImage(g, c, imported)) {
            return 1;
        }
        clone(g, c, imported, created);
        g.value('c').ifPresent(cmd -> run(c, "set-cmd", "-p", created, "-c", cmd));
        for (String[] a : ATTRIBUTES) {
            run(c, "set-attribute", "-p", created, "-A", a[0], "-V", a[1]);
        }
        List<String> ports = new ArrayList<>(g.values('e'));
        if (!ports.isEmpty()) {
            Collections.reverse(ports);
            List<String> export = new ArrayList<>(List.of("-p", created));
            ports.forEach(p -> export.addAll(List.of("-e", p)));
            c.host().dispatch("export-ports", export, c, new byte[0]);
        }
        if (g.has('s')) {
            if (run(c, "start", created) != 0) {
                run(c, "stop", created);
                return 1;
            }
            return 0;
        }
        c.out().info("Prepared the pot " + created);
        return 0;
    }

    private static boolean importImage(Getopt g, Ctx c, String imported) {
        List<String> a = new ArrayList<>();
        if (g.has('v')) {
            a.add("-v");
        }
        a.addAll(List.of(
                "-U",
                g.value('U').orElse(""),
                "-t",
                g.value('t').get(),
                "-p",
                g.value('p').get()));
        g.value('C').ifPresent(k -> a.addAll(List.of("-C", k)));
        if (c.host().dispatch("import", a, c, new byte[0]) != 0) {
            c.out().error("pot import failed");
            run(c, "stop", imported);
            return false;
        }
        return true;
    }

    /** A failed clone is only logged; the remaining steps still run (pot-spec §5.3). */
    private static void clone(Getopt g, Ctx c, String imported, String created) {
        List<String> a = new ArrayList<>(List.of("-P", imported, "-p", created));
        for (char opt : new char[] {'N', 'B', 'S', 'd'}) {
            g.value(opt)
                    .map(v -> opt == 'N' && v.equals("host") ? "inherit" : v)
                    .ifPresent(v -> a.addAll(List.of("-" + opt, v)));
        }
        g.values('i').forEach(ip -> a.addAll(List.of("-i", ip)));
        if (g.has('v')) {
            String zroot = c.state().zroot();
            Optional<String> snap =
                    c.state().pot(imported).map(p -> p.snapshots.isEmpty() ? "" : p.snapshots.lastKey());
            c.out().debug("Create conf dir (" + c.state().fsRoot() + "/jails/" + created + "/conf)");
            c.out().debug("Cloning " + imported + " with snap ");
            c.out()
                    .debug("clone " + zroot + "/jails/" + imported + "/m@" + snap.orElse("") + " into " + zroot
                            + "/jails/" + created + "/m");
        }
        if (c.host().dispatch("clone", a, c, new byte[0]) != 0) {
            c.out().error("Not able to clone imported pot as " + created);
        }
    }

    private static int run(Ctx c, String sub, String... args) {
        return c.host().dispatch(sub, List.of(args), c, new byte[0]);
    }
}
