package potconsole.engine.sandbox;

import java.util.List;
import java.util.Optional;

/** snapshot, revert and purge-snapshots of pots and fscomps (pot-spec §3.2). */
final class SnapshotCommands {
    private SnapshotCommands() {}

    static int snapshot(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvrp:f:", args);
        if (g.value('f').isPresent()) {
            return snapshotFscomp(g, c);
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

    /** -f: an fscomp's snapshot; -r replaces its oldest. */
    private static int snapshotFscomp(Getopt g, Ctx c) {
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
}
