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
        PurgeSnapshotsCommand command = new PurgeSnapshotsCommand(t, all);
        String loss;
        if (!t.fscomp()) {
            List<Snapshot> snaps = root.service().inventory().pots().stream()
                    .filter(p -> p.name().equals(t.name()))
                    .findFirst()
                    .map(Pot::snapshots)
                    .orElse(List.of())
                    .stream()
                    .sorted()
                    .toList();
            List<Snapshot> lost = all || snaps.isEmpty() ? snaps : snaps.subList(0, snaps.size() - 1);
            if (lost.isEmpty()) {
                spec.commandLine().getErr().println("potctl: " + t.name() + " has no snapshot to purge");
                return 0;
            }
            loss = "purging deletes " + lost.size() + " snapshot(s) of pot " + t.name() + " for good: "
                    + String.join(" ", lost.stream().map(Snapshot::name).toList())
                    + (all ? " (revert will have nothing to go back to)" : "");
        } else {
            loss = "purging deletes " + (all ? "all the snapshots" : "every snapshot but the latest") + " of fscomp "
                    + t.name() + " for good";
        }
        Integer refused = Confirm.check(spec, yes, loss, "Purge them?");
        if (refused != null) {
            return refused;
        }
        Jobs.printMessages(spec, root.service().execute(command));
        return 0;
    }
}
