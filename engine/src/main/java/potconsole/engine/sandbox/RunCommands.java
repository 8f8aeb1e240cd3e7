package potconsole.engine.sandbox;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.StatusFileState;

/** start, stop and exec: the running life of a pot (pot-spec §7.2, §7.3). */
final class RunCommands {
    private RunCommands() {}

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
        if (!c.requireRoot() || !startable(c, p)) {
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
        vnetStart(c, p);
        createJail(c, p);
        hook(c, p, "poststart", "post-start");
        p.interfaces = p.conf.network().type().isBridge()
                ? "p4" + Long.toHexString(c.state().now().getEpochSecond())
                        + HexFormat.of().toHexDigits((short) p.jid) + ":"
                : "";
        p.status = StatusFileState.STARTED;
        return runMain(c, p);
    }

    private static boolean startable(Ctx c, SandboxPot p) {
        if (p.status == StatusFileState.STARTING) {
            c.out().error("pot " + p.name + " is already starting");
            return false;
        }
        if (p.status != null && p.status != StatusFileState.STOPPED) {
            c.out().error("pot " + p.name + " is not in a state where it can start");
            return false;
        }
        return true;
    }

    /** A bridged pot: pot's vnet-start (pf on) and the pot's default router. */
    private static void vnetStart(Ctx c, SandboxPot p) {
        NetworkType type = p.conf.network().type();
        if (!type.isBridge()) {
            return;
        }
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

    /** jail -c: a jid, the prunable mark, rctl's complaint, dynamic ports. */
    private static void createJail(Ctx c, SandboxPot p) {
        c.out().info("Starting the pot " + p.name);
        c.out().line(p.name + ": created");
        p.running = true;
        p.jid = c.state().nextJid++;
        if ("YES".equals(p.attr("prunable", "NO"))) {
            ConfigCommands.set(p, "pot.attr.to-be-pruned", "YES");
        }
        if (p.conf.raw("pot.rss.memory").isPresent()) {
            c.out().info("memory constraint cannot be applies because rctl is not enabled - ignoring");
        }
        assignDynamicPorts(c, p);
    }

    /** The main command; a non-persistent pot stops when it ends and reports its failure as 125. */
    private static int runMain(Ctx c, SandboxPot p) {
        int rc = runMainCommand(c, p);
        p.lastRunExit = rc;
        if (!p.persistent()) {
            stopJail(c, p);
            c.out().line("");
            if (rc != 0) {
                c.out().error(p.name + " reported application error");
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
        Map<String, String> env = new LinkedHashMap<>();
        for (var e : p.conf.env()) {
            env.put(e.name(), e.value());
        }
        env.putAll(InfoCommands.environment(c, p));
        return Userland.inPot(c, p, argv, env, new byte[0], p.persistent() ? Userland.Mode.RC : Userland.Mode.MAIN);
    }

    private static void assignDynamicPorts(Ctx c, SandboxPot p) {
        p.dynamicPorts.clear();
        Set<Integer> used = new HashSet<>();
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
        Map<String, String> env = new LinkedHashMap<>();
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
}
