package potconsole.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.PurgeSnapshotsCommand;
import potconsole.engine.command.SnapshotTarget;
import potconsole.engine.inventory.DestroyImpact;
import potconsole.engine.model.Pot;
import potconsole.engine.model.Snapshot;

@Command(
        name = "purge-snapshots",
        description = "Delete a pot's or fscomp's snapshots but the latest, or all with -a (pot purge-snapshots)."
                + " Asks first on a terminal; else needs --yes.")
final class PurgeSnapshotsCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "-p", paramLabel = "POT", description = "The pot.")
        String pot;

        @Option(names = "-f", paramLabel = "FSCOMP", description = "The fscomp.")
        String fscomp;
    }

    @Option(names = "-a", description = "Delete the latest snapshot too.")
    boolean all;

    @Option(
            names = {"-y", "--yes"},
            description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() {
        SnapshotTarget t = target.pot != null ? SnapshotTarget.pot(target.pot) : SnapshotTarget.fscomp(target.fscomp);
        String loss;
        if (t.fscomp()) {
            loss = "purging deletes " + (all ? "all the snapshots" : "every snapshot but the latest") + " of fscomp "
                    + t.name() + " for good";
        } else {
            List<Pot> pots = root.service().inventory().pots();
            List<Snapshot> lost = lost(pots, t.name());
            if (lost.isEmpty()) {
                spec.commandLine().getErr().println("potctl: " + t.name() + " has no snapshot to purge");
                return 0;
            }
            if (blockedByClones(pots, t.name(), lost)) {
                return PotCtl.POT_FAILED;
            }
            loss = "purging deletes " + lost.size() + " snapshot(s) of pot " + t.name() + " for good: "
                    + String.join(" ", lost.stream().map(Snapshot::name).toList())
                    + (all ? " (revert will have nothing to go back to)" : "");
        }
        Integer refused = Confirm.check(spec, yes, loss, "Purge them?");
        if (refused != null) {
            return refused;
        }
        Jobs.printMessages(spec, root.service().execute(new PurgeSnapshotsCommand(t, all)));
        return 0;
    }

    /** The snapshots of the pot that would go: all with -a, else all but the latest. */
    private List<Snapshot> lost(List<Pot> pots, String pot) {
        List<Snapshot> snaps =
                pots.stream()
                        .filter(p -> p.name().equals(pot))
                        .findFirst()
                        .map(Pot::snapshots)
                        .orElse(List.of())
                        .stream()
                        .sorted()
                        .toList();
        return all || snaps.isEmpty() ? snaps : snaps.subList(0, snaps.size() - 1);
    }

    /** ZFS refuses to destroy a snapshot a clone was made from: said before anything is sent. */
    private boolean blockedByClones(List<Pot> pots, String pot, List<Snapshot> lost) {
        List<String> lostNames = lost.stream().map(Snapshot::name).toList();
        List<String> clones = pots.stream()
                .filter(p ->
                        p.origin().filter(o -> isSnapshotOf(o, pot, lostNames)).isPresent())
                .map(Pot::name)
                .toList();
        if (clones.isEmpty()) {
            return false;
        }
        spec.commandLine()
                .getErr()
                .println("potctl: cannot purge the snapshots of " + pot + ": " + String.join(", ", clones)
                        + (clones.size() == 1 ? " was" : " were") + " cloned from one of them and ZFS keeps"
                        + " it while the clone exists; destroy the clone first or purge without -a");
        return true;
    }

    /** A clone's origin that is one of the snapshots named, of this pot. */
    private static boolean isSnapshotOf(String origin, String pot, List<String> snapshots) {
        int at = origin.indexOf('@');
        return at >= 0 && DestroyImpact.isSnapshotOf(origin, pot) && snapshots.contains(origin.substring(at + 1));
    }
}
