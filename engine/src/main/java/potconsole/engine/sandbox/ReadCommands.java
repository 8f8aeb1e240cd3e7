package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.command.ConfigCommand;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotType;

/** The other read-only pot commands: version, config, ls, show, ps, get-attr, get-rss, last-run-stats. */
final class ReadCommands {
    private ReadCommands() {}

    static int version(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvq", args);
        c.out().line(g.has('q') ? "0.16.0" : "pot version: 0.16.0");
        return 0;
    }

    static int config(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvqg:", args);
        Optional<String> name = g.value('g');
        if (g.unknown != null || name.isEmpty() || !ConfigCommand.NAMES.contains(name.get())) {
            c.out().error("NO " + name.orElse("") + " is not a valid name");
            c.out().help(PotHelp.of("config"));
            return 1;
        }
        String value = c.state().settings.configValue(name.get()).orElseThrow();
        String label = switch (name.get()) {
            case "syslogd" -> "syslogd flags";
            case "pot_prefix" -> "pot prefix";
            case "fscomp_prefix" -> "fscomp prefix";
            case "network_stack" -> "network stack";
            default -> name.get();
        };
        c.out().line(g.has('q') ? value : label + " = " + value);
        return 0;
    }

    static int list(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvqpbfFBa", args);
        boolean quiet = g.has('q');
        boolean verbose = g.has('v');
        SandboxState s = c.state();
        if (g.has('a') && quiet) {
            c.out().error("-a and -q are incompatible");
            return 1;
        }
        if (g.has('b') || g.has('a')) {
            s.bases.keySet().forEach(b -> c.out().line(quiet ? b : "bases: " + b));
        }
        if (g.has('a') || !(g.has('b') || g.has('f') || g.has('F') || g.has('B'))) {
            listPots(c, quiet, verbose);
        }
        if (g.has('f') || g.has('a')) {
            s.fscomps.keySet().forEach(f -> c.out().line(quiet ? f : "fscomp: " + f));
        }
        if (g.has('F') || g.has('a')) {
            s.flavours.keySet().forEach(f -> c.out().line(quiet ? f : "flavour: " + f));
        }
        if (g.has('B') || g.has('a')) {
            s.bridges.keySet().forEach(b -> c.out().line(quiet ? b : "bridge: " + b));
        }
        return 0;
    }

    private static void listPots(Ctx c, boolean quiet, boolean verbose) {
        SandboxState s = c.state();
        if (s.pots.isEmpty() && !quiet) {
            c.out().line("No pot created yet...");
            return;
        }
        for (SandboxPot p : s.pots.values()) {
            if (quiet) {
                c.out().line(p.name);
                continue;
            }
            c.out().line("pot name : " + p.name);
            NetworkType type = p.conf.network().type();
            c.out().line("\tnetwork : " + type.potValue());
            if (type != NetworkType.INHERIT) {
                c.out().line("\tip : " + p.conf.raw("ip").orElse(""));
            }
            c.out().line("\tactive : " + p.running);
            if (verbose) {
                c.out().line("\tbase : " + p.conf.base().orElse(""));
                c.out().line("\tlevel : " + p.conf.level());
                if (p.conf.level() == 2) {
                    c.out().line("\tbase pot : " + p.conf.potBase().orElse(""));
                }
                c.out().line("\tdatasets:");
                datasetLines(c, p).forEach(l -> c.out().line("\t\t" + l));
                c.out().line("\tsnapshot:");
                snapshotLines(c, p);
            }
            c.out().line("");
        }
    }

    /** fscomp.conf lines as {@code <mnt> => <source>} with the fs/zfs roots stripped (pot-spec §1.7). */
    static List<String> datasetLines(Ctx c, SandboxPot p) {
        List<String> out = new ArrayList<>();
        String zroot = c.state().zroot() + "/";
        String legacy = c.state().fsRoot() + "/jails/" + p.name + "/m";
        for (String line : p.fscomp) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ", -1);
            String mnt = f[1].startsWith(legacy) ? f[1].substring(legacy.length()) : f[1];
            if (mnt.isEmpty()) {
                mnt = "/";
            }
            String src = f[0].startsWith(zroot) ? f[0].substring(zroot.length()) : f[0];
            out.add(mnt + " => " + src);
        }
        return out;
    }

    static void snapshotLines(Ctx c, SandboxPot p) {
        if (p.snapshots.isEmpty()) {
            c.out().line("\t\tno snapshots");
            return;
        }
        String ds = c.state().zroot() + "/jails/" + p.name;
        for (String snap : p.snapshots.keySet()) {
            c.out().line("\t\t" + ds + "@" + snap);
            for (String child : p.childDatasets()) {
                c.out().line("\t\t" + ds + "/" + child + "@" + snap);
            }
        }
    }

    static int show(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvqarp:", args);
        List<SandboxPot> pots;
        if (g.value('p').isPresent()) {
            Optional<SandboxPot> p = c.state().pot(g.value('p').get());
            if (p.isEmpty()) {
                c.out().qerror("Pot " + g.value('p').get() + " not found");
                c.out().error(g.value('p').get() + " is not a valid pot");
                return 1;
            }
            pots = List.of(p.get());
        } else if (g.has('a')) {
            pots = List.copyOf(c.state().pots.values());
        } else {
            pots = c.state().pots.values().stream().filter(p -> p.running).toList();
        }
        for (SandboxPot p : pots) {
            if (g.has('q')) {
                c.out().line(p.name);
            } else {
                showPot(c, p, g.has('v'));
            }
        }
        return 0;
    }

    private static void showPot(Ctx c, SandboxPot p, boolean verbose) {
        c.out().line("pot " + p.name);
        c.out().line("\tdisk usage      : " + SandboxState.humanSize(p.diskUsageKb));
        if (verbose && p.type() == PotType.MULTI) {
            c.out().line("\tbase usage      : " + SandboxState.humanSize(2386));
        }
        if (!p.running) {
            return;
        }
        if (!c.root()) {
            c.out().info("some runtime information requires root privileges");
            return;
        }
        c.out().info("runtime memory usage require rctl enabled");
        if (p.conf.network().type() == NetworkType.PUBLIC_BRIDGE
                && !p.conf.exportedPorts().isEmpty()) {
            c.out().line("");
            c.out().line("\tNetwork port redirection");
            String ip = p.conf.raw("ip").orElse("");
            for (var port : p.conf.exportedPorts()) {
                int host = port.hostPort().orElseGet(() -> p.dynamicPorts.getOrDefault(port.spec(), 0));
                c.out()
                        .line("\t\t(" + c.state().settings.get("POT_EXTIF") + ") port " + host + " -> " + ip + " port "
                                + port.potPort());
            }
        }
    }

    static int ps(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvq", args);
        if (!g.has('q')) {
            // The recorded host has no pf device, so pot reports the internal network down (transcripts 31, 95).
            c.out().info(c.root() ? "Internal network down" : "Need privileges to read internal network status");
        }
        c.state().pots.values().stream()
                .filter(p -> p.running)
                .forEach(p -> c.out().line(p.name));
        return 0;
    }

    static int getAttr(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvqp:A:", args);
        boolean quiet = g.has('q');
        Optional<SandboxPot> pot = g.value('p').flatMap(c.state()::pot);
        if (pot.isEmpty()) {
            if (!quiet) {
                c.out().error("no Pot " + g.value('p').orElse("") + " not found");
                c.out().error(g.value('p').orElse("") + " is not a valid pot");
            }
            c.out().help(PotHelp.of("get-attribute"));
            return 1;
        }
        String attr = g.value('A').orElse("");
        if (Attribute.byPotName(attr).isEmpty()) {
            c.out().error(attr + " is not a valid attribute");
            c.out().help(PotHelp.of("get-attribute"));
            return 1;
        }
        Optional<String> value = pot.get().conf.raw("pot.attr." + attr);
        if (quiet) {
            c.out().line(value.orElse(""));
        } else if (value.isPresent()) {
            c.out().info(attr + ": " + value.get());
        } else {
            c.out().info("The attribute " + attr + " is not set for the pot " + pot.get().name);
        }
        return 0;
    }

    static int lastRunStats(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:", args);
        Optional<SandboxPot> pot = g.value('p').flatMap(c.state()::pot);
        if (pot.isEmpty()) {
            c.out().qerror("Pot " + g.value('p').orElse("") + " not found");
            return 1;
        }
        Integer exit = pot.get().lastRunExit;
        c.out().line(exit == null ? "{}" : "{ \"ExitCode\": " + exit + " }");
        return 0;
    }
}
