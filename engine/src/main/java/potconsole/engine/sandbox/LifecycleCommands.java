package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotType;
import potconsole.engine.model.StatusFileState;

/** start, stop, exec, snapshot, revert, purge-snapshots, rename, clone, destroy, prune (pot-spec §3.2, §7). */
final class LifecycleCommands {
    private LifecycleCommands() {}

    private static Optional<String> nameOf(Getopt g) {
        return g.value('p').or(() -> g.operands.stream().findFirst());
    }

    static int start(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvsSp:", args);
        String name = nameOf(g).orElse("");
        Optional<SandboxPot> pot = c.state().pot(name);
        if (pot.isEmpty()) {
            c.out().qerror("Pot " + name + " not found");
            return 1;
        }
        SandboxPot p = pot.get();
        if (p.running) {
            return 0;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        if (p.status == StatusFileState.STARTING) {
            c.out().error("pot " + name + " is already starting");
            return 1;
        }
        if (p.status != null && p.status != StatusFileState.STOPPED) {
            c.out().error("pot " + name + " is not in a state where it can start");
            return 1;
        }
        p.status = StatusFileState.STARTING;
        for (String dep : p.conf.dependencies()) {
            if (c.state().pot(dep).isPresent()) {
                start(List.of(dep), c);
            }
        }
        if (g.has('s')) {
            p.snapshots.put(c.state().epoch(), p.copy());
        }
        hook(c, p, "prestart", "pre-start");
        NetworkType type = p.conf.network().type();
        if (type.isBridge()) {
            c.out().info("Internal network not found! Calling vnet-start to fix the issue");
            c.out().err(c.state().pfEnabled ? "pfctl: pf already enabled" : "pf enabled");
            c.state().pfEnabled = true;
            String gw = type == NetworkType.PRIVATE_BRIDGE
                    ? c.state().bridgeValue(p.conf.raw("bridge").orElse(""), "gateway=")
                    : c.state().settings.get("POT_GATEWAY");
            if (!p.attr("no-rc-script", "NO").equals("YES")) {
                c.out().line("defaultrouter: " + (p.routerConfigured ? gw : "NO") + " -> " + gw);
                p.routerConfigured = true;
            }
        }
        c.out().info("Starting the pot " + name);
        c.out().line(name + ": created");
        p.running = true;
        p.jid = c.state().nextJid++;
        if ("YES".equals(p.attr("prunable", "NO"))) {
            ConfigCommands.set(p, "pot.attr.to-be-pruned", "YES");
        }
        if (p.conf.raw("pot.rss.memory").isPresent()) {
            c.out().info("memory constraint cannot be applies because rctl is not enabled - ignoring");
        }
        assignDynamicPorts(c, p);
        hook(c, p, "poststart", "post-start");
        p.interfaces = type.isBridge()
                ? "p4" + Long.toHexString(c.state().now().getEpochSecond())
                        + HexFormat.of().toHexDigits((short) p.jid) + ":"
                : "";
        p.status = StatusFileState.STARTED;
        int rc = runMainCommand(c, p);
        p.lastRunExit = rc;
        if (!p.persistent()) {
            stopJail(c, p);
            c.out().line("");
            if (rc != 0) {
                c.out().error(name + " reported application error");
                return 125;
            }
        }
        return 0;
    }

    private static int runMainCommand(Ctx c, SandboxPot p) {
        String cmd = p.conf.cmd().orElse("sh /etc/rc");
        boolean tinirc = "YES".equals(p.attr("no-rc-script", "NO"));
        List<String> argv =
                tinirc ? MiniShell.words(cmd, Map.of()) : List.of(cmd.trim().split("\\s+"));
        Map<String, String> env = new java.util.LinkedHashMap<>();
        for (var e : p.conf.env()) {
            env.put(e.name(), e.value());
        }
        env.putAll(ReadCommands.environment(c, p));
        return Userland.inPot(c, p, argv, env, new byte[0], p.persistent() ? Userland.Mode.RC : Userland.Mode.MAIN);
    }

    private static void assignDynamicPorts(Ctx c, SandboxPot p) {
        p.dynamicPorts.clear();
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (SandboxPot other : c.state().pots.values()) {
            if (other.running && other != p) {
                used.addAll(other.dynamicPorts.values());
                other.conf.exportedPorts().forEach(m -> m.hostPort().ifPresent(used::add));
            }
        }
        p.conf.exportedPorts().forEach(m -> m.hostPort().ifPresent(used::add));
        int next = 1024;
        for (PortMapping m : p.conf.exportedPorts()) {
            if (m.hostPort().isEmpty()) {
                while (used.contains(next)) {
                    next++;
                }
                p.dynamicPorts.put(m.spec(), next);
                used.add(next);
            }
        }
    }

    private static void hook(Ctx c, SandboxPot p, String hook, String label) {
        String script = p.hooks.get(hook);
        if (script == null) {
            return;
        }
        c.out().info("Executing the " + label + " script for the pot " + p.name);
        String path = c.state().fsRoot() + "/jails/" + p.name + "/conf/" + hook + ".sh";
        MiniShell.runHook(c, path, script);
    }

    /** The jail goes away; a start waiting on a non-persistent command returns. */
    static void stopJail(Ctx c, SandboxPot p) {
        p.status = StatusFileState.STOPPING;
        p.running = false;
        p.dynamicPorts.clear();
        c.host().signalStopped(p.name);
        p.status = StatusFileState.STOPPED;
        p.interfaces = "";
    }

    static int stop(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvisp:", args);
        String name = nameOf(g).orElse("");
        Optional<SandboxPot> pot = c.state().pot(name);
        if (pot.isEmpty()) {
            c.out().error("The pot " + name + " is not a valid pot");
            return 0;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        SandboxPot p = pot.get();
        if (p.status == StatusFileState.STOPPING) {
            c.out().error("pot " + name + " is already stopping!");
            return 1;
        }
        if (p.status == null || p.status == StatusFileState.STARTING) {
            c.out().error("pot " + name + " is not in a state where it can be stopped");
            return 1;
        }
        if (p.running) {
            hook(c, p, "prestop", "pre-stop");
        }
        stopJail(c, p);
        hook(c, p, "poststop", "post-stop");
        return 0;
    }

    static int exec(List<String> args, Ctx c, byte[] stdin) {
        Getopt g = Getopt.parse("hvdte:u:U:p:", args);
        String name = g.value('p').orElse("");
        Optional<SandboxPot> pot = c.state().pot(name);
        if (pot.isEmpty()) {
            c.out().qerror("Pot " + name + " not found");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        if (!pot.get().running) {
            c.out().error("The pot " + name + " is not running");
            return 1;
        }
        if (g.operands.isEmpty()) {
            c.out().error("A command is mandatory");
            return 1;
        }
        Map<String, String> env = new java.util.LinkedHashMap<>();
        for (String e : g.values('e')) {
            int eq = e.indexOf('=');
            if (eq > 0) {
                env.put(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        if (g.has('d')) {
            return 0;
        }
        return Userland.inPot(c, pot.get(), g.operands, env, stdin, Userland.Mode.EXEC);
    }

    static int snapshot(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvrp:f:", args);
        if (g.value('f').isPresent()) {
            var snaps = c.state().fscomps.get(g.value('f').get());
            if (snaps == null) {
                c.out().error("fscomp " + g.value('f').get() + " not found");
                return 1;
            }
            if (!c.requireRoot()) {
                return 1;
            }
            if (g.has('r') && !snaps.isEmpty()) {
                snaps.pollFirst();
            }
            snaps.add(c.state().epoch());
            return 0;
        }
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "snapshot");
        if (pot.isEmpty()) {
            return 1;
        }
        SandboxPot p = pot.get();
        if (p.running) {
            c.out().error("The pot " + p.name + " is still running. Snapshot is possible only for stopped pots");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        String snap = c.state().epoch();
        if (p.snapshots.containsKey(snap)) {
            c.out()
                    .err("cannot create snapshot '" + c.state().zroot() + "/jails/" + p.name + "@" + snap
                            + "': dataset already exists");
            c.out().error("Failed to take snapshot of " + p.name);
            return 1;
        }
        if (g.has('r') && !p.snapshots.isEmpty()) {
            p.snapshots.pollFirstEntry();
        }
        p.snapshots.put(snap, p.copy());
        return 0;
    }

    static int revert(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:f:", args);
        if (g.value('f').isPresent()) {
            return c.state().fscomps.containsKey(g.value('f').get()) && c.requireRoot() ? 0 : 1;
        }
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "revert");
        if (pot.isEmpty()) {
            return 1;
        }
        SandboxPot p = pot.get();
        if (p.running) {
            c.out().error("The pot " + p.name + " is still running. Revert is possible only for stopped pots");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        if (p.snapshots.isEmpty()) {
            c.out().info("No snapshot found for " + c.state().zroot() + "/jails/" + p.name);
            return 0;
        }
        p.restore(p.snapshots.lastEntry().getValue());
        return 0;
    }

    static int purgeSnapshots(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvap:f:", args);
        if (g.value('f').isPresent()) {
            var snaps = c.state().fscomps.get(g.value('f').get());
            if (snaps == null || !c.requireRoot()) {
                return 1;
            }
            String last = snaps.isEmpty() ? null : snaps.last();
            snaps.clear();
            if (last != null && !g.has('a')) {
                snaps.add(last);
            }
            return 0;
        }
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "purge-snapshots");
        if (pot.isEmpty()) {
            return 1;
        }
        SandboxPot p = pot.get();
        if (p.snapshots.isEmpty()) {
            return 0;
        }
        var last = p.snapshots.lastEntry();
        p.snapshots.clear();
        if (!g.has('a')) {
            p.snapshots.put(last.getKey(), last.getValue());
        }
        return 0;
    }

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
        SandboxPot renamed =
                new SandboxPot(newName, p.conf.with("host.hostname", "\"" + newName + "." + c.state().hostname + "\""));
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
        c.state().pots.remove(p.name);
        c.state().pots.put(newName, renamed);
        for (SandboxPot other : c.state().pots.values()) {
            PotConfig conf = other.conf;
            if (conf.potBase().filter(p.name::equals).isPresent()) {
                conf = conf.with("pot.potbase", newName);
            }
            if (conf.dependencies().contains(p.name)) {
                conf = conf.withAll(
                        "pot.depend",
                        conf.dependencies().stream()
                                .map(d -> d.equals(p.name) ? newName : d)
                                .toList());
            }
            other.conf = conf;
            if (other.origin != null && other.origin.contains("/jails/" + p.name + "/")) {
                other.origin = other.origin.replace("/jails/" + p.name + "/", "/jails/" + newName + "/");
            }
        }
        return 0;
    }

    static int destroy(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvqFrp:b:f:B:", args);
        Out out = c.out();
        if (g.value('B').isPresent()) {
            String b = g.value('B').get();
            if (!c.requireRoot()) {
                return 1;
            }
            if (c.state().pots.values().stream()
                    .anyMatch(p -> b.equals(p.conf.raw("bridge").orElse("")))) {
                out.error("bridge " + b + " is used by at least one pot");
                return 1;
            }
            return c.state().bridges.remove(b) == null ? 1 : 0;
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
            out.error("pot " + name + " not found or corrupted. Try to use the -F flag");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        SandboxPot p = pot.get();
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
            stop(List.of(name), c);
        }
        String ds = c.state().zroot() + "/jails/" + name;
        List<SandboxPot> clones = c.state().pots.values().stream()
                .filter(o -> o.origin != null && o.origin.startsWith(ds + "/"))
                .toList();
        if (!clones.isEmpty()) {
            out.err("cannot destroy '" + ds + "': filesystem has dependent clones");
            out.err("use '-R' to destroy the following datasets:");
            clones.forEach(cl -> out.err(c.state().zroot() + "/jails/" + cl.name + "/m"));
            out.error("zfs failed to destroy the dataset " + ds);
            out.error(name + " destruction failed");
            return 1;
        }
        c.state().pots.remove(name);
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
        String levelZero = new potconsole.engine.model.Base(base).levelZeroPot();
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
