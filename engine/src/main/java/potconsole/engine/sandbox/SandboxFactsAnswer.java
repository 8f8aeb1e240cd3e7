package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import potconsole.engine.doctor.HostFactsScript;
import potconsole.engine.model.PortMapping;

/**
 * The sandbox's answer to {@link HostFactsScript}: the same frames a FreeBSD host prints, from the simulated state.
 * Formats follow pot-spec and pot's sources (kern.boottime, pfctl -s nat, ifconfig of pot's bridges); none of these
 * outputs is in the recorded transcripts yet.
 */
final class SandboxFactsAnswer {
    private SandboxFactsAnswer() {}

    static int write(SandboxState s, String script, Out out) {
        String m = HostFactsScript.markerOf(script).orElseThrow();
        SandboxHostFacts f = s.facts;
        out.line(m + " START");
        section(out, m, "boottime", List.of("{ sec = " + f.boot(s).getEpochSecond() + ", usec = 0 } " + s.date()));
        section(out, m, "racct", List.of(f.racct ? "1" : "0"));
        section(out, m, "os", List.of("14.1-RELEASE-p5"));
        section(out, m, "loadavg", List.of("{ 0.42 0.31 0.25 }"));
        String tmp = s.settings.get("POT_TMP");
        out.line(m + " BEGIN status");
        for (String pot : s.statusFiles().keySet()) {
            long at = f.staleStatus.contains(pot)
                    ? f.boot(s).getEpochSecond() - 3600
                    : f.boot(s).getEpochSecond() + 60;
            out.line(at + " " + tmp + "/pot_status_" + pot);
        }
        out.line(m + " END");
        out.line(m + " BEGIN mainpid");
        s.pots.values().stream()
                .filter(p -> p.running && !p.persistent())
                .forEach(p -> out.line(p.name + " " + (1000 + p.jid)));
        out.line(m + " END");
        cache(s, m, out);
        zfs(s, m, out);
        pf(s, script, m, out);
        SandboxBridges.write(s, m, out);
        out.line(m + " DONE");
        return 0;
    }

    static void section(Out out, String m, String name, List<String> lines) {
        out.line(m + " BEGIN " + name);
        lines.forEach(out::line);
        out.line(m + " END");
    }

    private static void cache(SandboxState s, String m, Out out) {
        String dir = s.settings.get("POT_CACHE") + "/";
        out.line(m + " BEGIN cache");
        for (Map.Entry<String, byte[]> e : s.hostFiles.entrySet()) {
            String rest = e.getKey().startsWith(dir) ? e.getKey().substring(dir.length()) : "";
            if (!rest.isEmpty() && !rest.contains("/")) {
                out.line(e.getValue().length + " " + e.getKey());
            }
        }
        out.line(m + " END");
    }

    private static void zfs(SandboxState s, String m, Out out) {
        SandboxHostFacts f = s.facts;
        String z = s.zroot();
        long cache = s.hostFiles.entrySet().stream()
                .filter(e -> e.getKey().startsWith(s.settings.get("POT_CACHE") + "/"))
                .mapToLong(e -> e.getValue().length)
                .sum();
        List<String> lines = new ArrayList<>(List.of(
                z + "\t" + f.rootUsed + "\t" + f.rootAvailable + "\t" + s.fsRoot(),
                z + "/bases\t" + f.rootUsed / 3 + "\t" + f.rootAvailable + "\t" + s.fsRoot() + "/bases",
                z + "/cache\t" + cache + "\t" + f.rootAvailable + "\t" + s.settings.get("POT_CACHE"),
                z + "/fscomp\t" + f.rootUsed / 10 + "\t" + f.rootAvailable + "\t" + s.fsRoot() + "/fscomp",
                z + "/jails\t" + f.rootUsed / 2 + "\t" + f.rootAvailable + "\t" + s.fsRoot() + "/jails"));
        // zfs list -d 1 "$Z/jails": the jails dataset again, then each pot's dataset; then the pool (-d 0).
        lines.add(lines.get(lines.size() - 1));
        s.pots.values()
                .forEach(p -> lines.add(z + "/jails/" + p.name + "\t" + used(p) + "\t" + f.rootAvailable + "\t"
                        + s.fsRoot() + "/jails/" + p.name));
        String pool = z.contains("/") ? z.substring(0, z.indexOf('/')) : z;
        lines.add(pool + "\t" + (f.rootUsed + f.poolOther) + "\t" + f.rootAvailable + "\t/" + pool);
        section(out, m, "zfs", lines);
    }

    /** A pot's used bytes: its recorded size, what was installed in it (by name) and its snapshots' blocks. */
    private static long used(SandboxPot p) {
        long mib = 1L << 20;
        return p.diskUsageKb * 1024 + (Math.abs(p.name.hashCode()) % 40 + 1) * 16 * mib + p.snapshots.size() * 8 * mib;
    }

    private static void pf(SandboxState s, String script, String m, Out out) {
        List<String> denied = List.of("pfctl: /dev/pf: Permission denied");
        String ext = s.settings.get("POT_EXTIF");
        section(
                out,
                m,
                "pf",
                !s.root
                        ? denied
                        : List.of("Status: " + (s.pfEnabled ? "Enabled" : "Disabled") + " for 0 days 01:12:09"
                                + "           Debug: Urgent"));
        section(
                out,
                m,
                "nat",
                !s.root
                        ? denied
                        : s.pfEnabled
                                ? List.of("nat on " + ext + " inet from " + s.settings.get("POT_NETWORK")
                                        + " to any -> (" + ext + ") round-robin")
                                : List.of());
        // The script reads the anchors only when pfctl -s info answered (root): as the shell would.
        for (String anchor : s.root ? HostFactsScript.anchorsOf(script) : List.<String>of()) {
            section(out, m, "rdr " + anchor, rdr(s, anchor, ext));
        }
    }

    /** What pot's start loaded into {@code pot-rdr/<anchor>} (pot-spec §7.5), unless a fault dropped it. */
    private static List<String> rdr(SandboxState s, String anchor, String ext) {
        SandboxPot p = s.pots.values().stream()
                .filter(x -> HostFactsScript.anchorName(x.name).equals(anchor))
                .findFirst()
                .orElse(null);
        if (p == null
                || !p.running
                || s.facts.droppedRdr.contains(p.name)
                || !p.conf.network().type().isBridge()) {
            return List.of();
        }
        String ip = p.conf.raw("ip").orElse("");
        return p.conf.exportedPorts().stream()
                .map(pm -> "rdr pass on " + ext + " inet proto "
                        + (pm.protocol() == PortMapping.Protocol.UDP ? "udp" : "tcp") + " from any to (" + ext
                        + ") port = "
                        + pm.hostPort().orElseGet(() -> p.dynamicPorts.getOrDefault(pm.spec(), 0)) + " -> " + ip
                        + " port " + pm.potPort())
                .toList();
    }
}
