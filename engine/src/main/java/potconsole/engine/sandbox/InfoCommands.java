package potconsole.engine.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotType;

/** pot info in all its modes: the pot block, -r, -q, -E, -s, and -B for bridges (pot-spec §3.1). */
final class InfoCommands {
    private InfoCommands() {}

    private static final DateTimeFormatter DATE_R = DateTimeFormatter.ofPattern(
                    "EEE MMM ppd HH:mm:ss 'UTC' yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);

    static int info(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvqrEsp:B:", args);
        if (g.value('B').isPresent()) {
            return infoBridge(g.value('B').get(), c);
        }
        Optional<SandboxPot> pot = g.value('p').flatMap(c.state()::pot);
        if (g.unknown != null || pot.isEmpty()) {
            c.out().error("NO " + g.value('p').orElse("") + " is not a pot");
            c.out().help(PotHelp.of("info"));
            return 1;
        }
        SandboxPot p = pot.get();
        if (g.has('q')) {
            return 0;
        }
        if (g.has('r')) {
            return p.running ? 0 : 1;
        }
        if (g.has('E')) {
            environment(c, p).forEach((k, v) -> c.out().line("export " + k + "=" + v));
            return 0;
        }
        if (g.has('s')) {
            for (String snap : p.snapshots.keySet()) {
                c.out()
                        .line(
                                g.has('v')
                                        ? snap + ": ->  " + DATE_R.format(Instant.ofEpochSecond(Long.parseLong(snap)))
                                        : snap);
            }
            return 0;
        }
        infoBlock(c, p, g.has('v'));
        return 0;
    }

    static Map<String, String> environment(Ctx c, SandboxPot p) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("_POT_NAME", p.name);
        NetworkType type = p.conf.network().type();
        env.put("_POT_IP", type == NetworkType.INHERIT ? "" : p.conf.raw("ip").orElse(""));
        if (type == NetworkType.PRIVATE_BRIDGE) {
            env.put("_POT_BRIDGE", p.conf.raw("bridge").orElse(""));
        }
        if (p.running) {
            env.put("_POT_JID", String.valueOf(p.jid));
        }
        return env;
    }

    private static void infoBlock(Ctx c, SandboxPot p, boolean verbose) {
        Out out = c.out();
        out.line("pot name : " + p.name);
        out.line("\ttype : " + p.type().potValue());
        out.line("\tbase : " + p.conf.base().orElse(""));
        out.line("\tlevel : " + p.conf.level());
        if (p.conf.level() == 2) {
            out.line("\tbase pot : " + p.conf.potBase().orElse(""));
        }
        network(out, p, verbose);
        out.line("\tactive : " + p.running);
        if (verbose) {
            out.line("\tdatasets:");
            if (p.type() == PotType.SINGLE) {
                out.line("\t\t" + p.name + "/m");
            }
            ReadCommands.datasetLines(c, p).forEach(l -> out.line("\t\t" + l));
            out.line("\tsnapshots:");
            ReadCommands.snapshotLines(c, p);
        }
        attributes(out, p, "\tattributes:", Attribute.Scope.POT);
        attributes(out, p, "\tjail attributes:", Attribute.Scope.JAIL);
        if (verbose
                && (p.conf.raw("pot.rss.cpus").isPresent()
                        || p.conf.raw("pot.rss.memory").isPresent())) {
            out.line("\tresource limits:");
            p.conf.raw("pot.rss.cpus").ifPresent(v -> out.line("\t\tmax amount cpus: " + v));
            p.conf.raw("pot.rss.memory").ifPresent(v -> out.line("\t\tmax amount memory: " + v));
        }
        out.line("");
    }

    private static void network(Out out, SandboxPot p, boolean verbose) {
        NetworkType type = p.conf.network().type();
        out.line("\tnetwork_type : " + type.potValue());
        if (type == NetworkType.INHERIT) {
            return;
        }
        out.line("\tip : " + p.conf.raw("ip").orElse(""));
        if (type == NetworkType.PRIVATE_BRIDGE) {
            out.line("\tbridge : " + p.conf.raw("bridge").orElse(""));
        }
        if (verbose) {
            String ports = p.conf.raw("pot.export.ports").orElse("").trim();
            out.line(ports.isEmpty() ? "\t\tno ports exported" : "\t\texported ports: " + ports);
        }
    }

    private static void attributes(Out out, SandboxPot p, String heading, Attribute.Scope scope) {
        out.line(heading);
        for (Attribute a : Attribute.values()) {
            if (a.scope() == scope) {
                out.line("\t\t" + a.potName() + ": " + p.conf.attributeAsShown(a));
            }
        }
    }

    private static int infoBridge(String bridge, Ctx c) {
        SandboxState s = c.state();
        if (!s.bridges.containsKey(bridge)) {
            c.out().error("NO " + bridge + " is not a bridge");
            c.out().help(PotHelp.of("info"));
            return 1;
        }
        String net = s.bridgeValue(bridge, "net=");
        long start = SandboxState.ipToLong(net.substring(0, net.indexOf('/')));
        int size = 1 << (32 - Integer.parseInt(net.substring(net.indexOf('/') + 1)));
        TreeMap<Long, String> lines = new TreeMap<>();
        lines.put(start, bridge + " bridge - network ");
        lines.put(SandboxState.ipToLong(s.bridgeValue(bridge, "gateway=")), bridge + " bridge - gateway ");
        lines.put(start + size - 1, bridge + " bridge - broadcast ");
        for (SandboxPot p : s.pots.values()) {
            if (bridge.equals(p.conf.raw("bridge").orElse(""))) {
                p.conf.raw("ip").ifPresent(ip -> lines.put(SandboxState.ipToLong(ip), p.name));
            }
        }
        lines.forEach((ip, d) -> c.out().line("\t" + SandboxState.longToIp(ip) + "\t" + d));
        return 0;
    }
}
