package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotType;

/** pot clone: a copy-on-write pot from a snapshot, network keys replaced (pot-spec §3.2). */
final class CloneCommands {
    private CloneCommands() {}
    /** {@code pot clone}: a copy-on-write pot from a snapshot, network keys replaced. */
    static int clone(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvkFp:P:s:f:N:i:B:S:d:", args);
        SandboxState s = c.state();
        String name = g.value('p').orElse("");
        String sourceName = g.value('P').orElse("");
        Optional<String> problem = problem(name, sourceName, s);
        if (problem.isPresent()) {
            c.out().error(problem.get());
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        SandboxPot src = s.pot(sourceName).orElseThrow();
        Optional<String> snap = snapshot(g, src, c);
        if (snap.isEmpty()) {
            return 1;
        }
        SandboxPot.DatasetCopy copy = src.snapshots.get(snap.get());
        Optional<SandboxNet> net = SandboxNet.of(g, c, Optional.of(copy.conf()));
        if (net.isEmpty()) {
            return 1;
        }
        String dns = g.value('d').orElse(copy.conf().dns());
        SandboxPot pot = new SandboxPot(name, conf(copy.conf(), NewPotFiles.hostname(s, name), dns, net.get()));
        pot.fscomp = new ArrayList<>(copy.fscomp().stream()
                .map(l -> l.replace("/jails/" + sourceName + "/", "/jails/" + name + "/"))
                .toList());
        pot.hooks.putAll(copy.hooks());
        pot.files.putAll(copy.files());
        pot.origin = s.zroot() + "/jails/" + sourceName + "/m@" + snap.get();
        pot.diskUsageKb = 8;
        s.pots.put(name, pot);
        return FlavourRun.applyAll(c, pot, g.values('f'), "clone", g.has('k')) ? 0 : 1;
    }

    private static Optional<String> problem(String name, String sourceName, SandboxState s) {
        if (name.contains(".")) {
            return Optional.of(name + " is not a valid name for a pot ('.' is the only character not allowed)");
        }
        if (s.pot(name).isPresent()) {
            return Optional.of("pot " + name + " already exists");
        }
        Optional<SandboxPot> source = s.pot(sourceName);
        if (source.isEmpty()) {
            return Optional.of("pot " + sourceName + " not found");
        }
        if (source.get().conf.type() == PotType.MULTI && source.get().conf.level() == 0) {
            return Optional.of("Level 0 pots cannot be cloned");
        }
        return Optional.empty();
    }

    /** -s or the newest snapshot; -F takes one of a pot that has none. Empty after pot's error. */
    private static Optional<String> snapshot(Getopt g, SandboxPot src, Ctx c) {
        if (src.snapshots.isEmpty()) {
            if (!g.has('F')) {
                c.out().error("Pot " + src.name + " has no snapshots - please use pot snapshot or the -F flag");
                return Optional.empty();
            }
            src.snapshots.put(c.state().epoch(), src.copy());
        }
        String snap = g.value('s').orElse(src.snapshots.lastKey());
        if (!src.snapshots.containsKey(snap)) {
            c.out().error("snapshot " + snap + " not found");
            return Optional.empty();
        }
        return Optional.of(snap);
    }

    /** The snapshot's pot.conf with the hostname, dns and network keys replaced. */
    private static PotConfig conf(PotConfig from, String hostname, String dns, SandboxNet net) {
        PotConfig conf = PotConfig.empty();
        for (PotConfig.Entry e : from.entries()) {
            if (!List.of("host.hostname", "bridge", "ip", "vnet", "network_type", "pot.stack", "pot.dns").stream()
                    .anyMatch(e.key()::startsWith)) {
                conf = conf.append(e.key(), e.raw());
            }
        }
        conf = conf.append("host.hostname", "\"" + hostname + "\"").append("pot.dns", dns);
        return net.appendTo(conf);
    }
}
