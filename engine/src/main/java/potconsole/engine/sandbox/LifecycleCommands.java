package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.model.Base;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotType;

/** rename, destroy and prune: the end of a pot's life (pot-spec §3.2). */
final class LifecycleCommands {
    private LifecycleCommands() {}

    static int rename(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:n:", args);
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "rename");
        if (pot.isEmpty()) {
            return 1;
        }
        String newName = g.value('n').orElse("");
        if (newName.isEmpty() || c.state().pot(newName).isPresent()) {
            c.out().error("pot " + newName + " already exists");
            return 1;
        }
        SandboxPot p = pot.get();
        if (p.running) {
            c.out().error("pot " + p.name + " is running");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        c.state().pots.remove(p.name);
        c.state().pots.put(newName, renamed(p, newName, c.state()));
        for (SandboxPot other : c.state().pots.values()) {
            pointAtNewName(other, p.name, newName);
        }
        return 0;
    }

    /** The pot under its new name: hostname and its own fscomp lines follow, everything else is kept. */
    private static SandboxPot renamed(SandboxPot p, String newName, SandboxState s) {
        SandboxPot renamed =
                new SandboxPot(newName, p.conf.with("host.hostname", "\"" + newName + "." + s.hostname + "\""));
        renamed.fscomp = new ArrayList<>(p.fscomp.stream()
                .map(l -> l.replace("/jails/" + p.name + "/", "/jails/" + newName + "/"))
                .toList());
        renamed.lastRunExit = p.lastRunExit;
        renamed.hooks = p.hooks;
        renamed.files = p.files;
        renamed.snapshots.putAll(p.snapshots);
        renamed.imageTag = p.imageTag;
        renamed.imageSnapshot = p.imageSnapshot;
        renamed.origin = p.origin;
        renamed.status = p.status;
        renamed.diskUsageKb = p.diskUsageKb;
        return renamed;
    }

    /** Another pot's pot_base, dependencies and clone origin follow a rename. */
    private static void pointAtNewName(SandboxPot other, String oldName, String newName) {
        PotConfig conf = other.conf;
        if (conf.potBase().filter(oldName::equals).isPresent()) {
            conf = conf.with("pot.potbase", newName);
        }
        if (conf.dependencies().contains(oldName)) {
            conf = conf.withAll(
                    "pot.depend",
                    conf.dependencies().stream()
                            .map(d -> d.equals(oldName) ? newName : d)
                            .toList());
        }
        other.conf = conf;
        if (other.origin != null && other.origin.contains("/jails/" + oldName + "/")) {
            other.origin = other.origin.replace("/jails/" + oldName + "/", "/jails/" + newName + "/");
        }
    }

    static int destroy(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvqFrp:b:f:B:", args);
        if (g.value('B').isPresent()) {
            return destroyBridge(g.value('B').get(), c);
        }
        if (g.value('f').isPresent()) {
            return c.requireRoot() && c.state().fscomps.remove(g.value('f').get()) != null ? 0 : 1;
        }
        if (g.value('b').isPresent()) {
            return destroyBase(g, c);
        }
        String name = g.value('p').orElse("");
        Optional<SandboxPot> pot = c.state().pot(name);
        if (pot.isEmpty()) {
            c.out().error("pot " + name + " not found or corrupted. Try to use the -F flag");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        return destroyPot(g, pot.get(), c);
    }

    private static int destroyBridge(String bridge, Ctx c) {
        if (!c.requireRoot()) {
            return 1;
        }
        if (c.state().pots.values().stream()
                .anyMatch(p -> bridge.equals(p.conf.raw("bridge").orElse("")))) {
            c.out().error("bridge " + bridge + " is used by at least one pot");
            return 1;
        }
        return c.state().bridges.remove(bridge) == null ? 1 : 0;
    }

    /** A pot, with -r the pots based on it first; a running one only with -F; never one that has clones. */
    private static int destroyPot(Getopt g, SandboxPot p, Ctx c) {
        Out out = c.out();
        String name = p.name;
        if (p.conf.type() == PotType.MULTI && p.conf.level() == 0) {
            out.error("The pot " + name + " has level 0. Please destroy the related base instead");
            return 1;
        }
        List<SandboxPot> basedOn = c.state().pots.values().stream()
                .filter(o -> o != p && o.conf.potBase().filter(name::equals).isPresent())
                .toList();
        if (!basedOn.isEmpty() && !g.has('r')) {
            out.error("pot " + name + " is used as base by " + basedOn.get(0).name + " - use -r to destroy it as well");
            return 1;
        }
        for (SandboxPot o : c.state().pots.values()) {
            if (o != p && o.conf.dependencies().contains(name)) {
                out.info("pot " + o.name + " is losing his dependency " + name);
            }
        }
        for (SandboxPot child : basedOn) {
            destroy(List.of("-p", child.name, "-r"), c);
        }
        out.info("Destroying pot " + name);
        if (p.running) {
            if (!g.has('F')) {
                out.error("pot " + name + " is running");
                return 1;
            }
            RunCommands.stop(List.of(name), c);
        }
        return destroyDataset(p, c);
    }

    /** zfs destroy without -R: refused while clones depend on the pot's dataset. */
    private static int destroyDataset(SandboxPot p, Ctx c) {
        Out out = c.out();
        String ds = c.state().zroot() + "/jails/" + p.name;
        List<SandboxPot> clones = c.state().pots.values().stream()
                .filter(o -> o.origin != null && o.origin.startsWith(ds + "/"))
                .toList();
        if (!clones.isEmpty()) {
            out.err("cannot destroy '" + ds + "': filesystem has dependent clones");
            out.err("use '-R' to destroy the following datasets:");
            clones.forEach(cl -> out.err(c.state().zroot() + "/jails/" + cl.name + "/m"));
            out.error("zfs failed to destroy the dataset " + ds);
            out.error(p.name + " destruction failed");
            return 1;
        }
        c.state().pots.remove(p.name);
        return 0;
    }

    private static int destroyBase(Getopt g, Ctx c) {
        String base = g.value('b').get();
        if (!c.state().bases.containsKey(base)) {
            c.out().error(base + " is not a valid base");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        String levelZero = new Base(base).levelZeroPot();
        List<SandboxPot> users = c.state().pots.values().stream()
                .filter(p -> !p.name.equals(levelZero)
                        && p.conf.base().filter(base::equals).isPresent())
                .toList();
        if (!users.isEmpty() && !g.has('r')) {
            c.out().error("The base " + base + " is used by at least one pot - use -r to destroy them as well");
            return 1;
        }
        users.stream()
                .sorted((a, b) -> b.conf.level() - a.conf.level())
                .forEach(p -> c.state().pots.remove(p.name));
        c.state().pots.remove(levelZero);
        c.state().bases.remove(base);
        return 0;
    }

    static int prune(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvqgn", args);
        if (!c.requireRoot()) {
            return 1;
        }
        for (SandboxPot p : List.copyOf(c.state().pots.values())) {
            if (!p.running && "YES".equals(p.attr("prunable", "NO")) && "YES".equals(p.attr("to-be-pruned", "NO"))) {
                c.out().info("Pruning " + p.name);
                if (!g.has('n')) {
                    destroy(List.of("-p", p.name), c);
                    c.out().info("Pruned " + p.name);
                }
            }
        }
        return 0;
    }
}
