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
        Optional<SandboxPot> source = s.pot(sourceName);
        if (name.contains(".")) {
            c.out().error(name + " is not a valid name for a pot ('.' is the only character not allowed)");
            return 1;
        }
        if (s.pot(name).isPresent()) {
            c.out().error("pot " + name + " already exists");
            return 1;
        }
        if (source.isEmpty()) {
            c.out().error("pot " + sourceName + " not found");
            return 1;
        }
        SandboxPot src = source.get();
        if (src.conf.type() == PotType.MULTI && src.conf.level() == 0) {
            c.out().error("Level 0 pots cannot be cloned");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        if (src.snapshots.isEmpty()) {
            if (!g.has('F')) {
                c.out().error("Pot " + sourceName + " has no snapshots - please use pot snapshot or the -F flag");
                return 1;
            }
            src.snapshots.put(s.epoch(), src.copy());
        }
        String snap = g.value('s').orElse(src.snapshots.lastKey());
        SandboxPot.DatasetCopy copy = src.snapshots.get(snap);
        if (copy == null) {
            c.out().error("snapshot " + snap + " not found");
            return 1;
        }
        Optional<SandboxNet> net = SandboxNet.of(g, c, Optional.of(copy.conf()));
        if (net.isEmpty()) {
            return 1;
        }
        PotConfig conf = PotConfig.empty();
        for (PotConfig.Entry e : copy.conf().entries()) {
            if (!List.of("host.hostname", "bridge", "ip", "vnet", "network_type", "pot.stack", "pot.dns").stream()
                    .anyMatch(e.key()::startsWith)) {
                conf = conf.append(e.key(), e.raw());
            }
        }
        conf = conf.append("host.hostname", "\"" + NewPotFiles.hostname(s, name) + "\"")
                .append("pot.dns", g.value('d').orElse(copy.conf().dns()));
        conf = net.get().appendTo(conf);
        SandboxPot pot = new SandboxPot(name, conf);
        pot.fscomp = new ArrayList<>(copy.fscomp().stream()
                .map(l -> l.replace("/jails/" + sourceName + "/", "/jails/" + name + "/"))
                .toList());
        pot.hooks.putAll(copy.hooks());
        pot.files.putAll(copy.files());
        pot.origin = s.zroot() + "/jails/" + sourceName + "/m@" + snap;
        pot.diskUsageKb = 8;
        s.pots.put(name, pot);
        for (String f : g.values('f')) {
            SandboxFlavour flavour = s.flavours.get(f);
            if (flavour == null || !FlavourRun.apply(c, pot, flavour)) {
                c.out().error("clone: flavour " + f + " failed");
                if (!g.has('k')) {
                    s.pots.remove(name);
                }
                return 1;
            }
        }
        return 0;
    }
}
