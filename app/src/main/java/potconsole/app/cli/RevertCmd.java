package potconsole.app.cli;

import java.util.Comparator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.RevertCommand;
import potconsole.engine.command.SnapshotTarget;
import potconsole.engine.model.Snapshot;
import potconsole.engine.parse.PotOutput;

@Command(
        name = "revert",
        description = "Roll a stopped pot back to its latest snapshot (pot.conf included)."
                + " Asks first on a terminal; else needs --yes.")
final class RevertCmd extends OnePotCmd {
    @Option(
            names = {"-y", "--yes"},
            description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        RevertCommand command = new RevertCommand(SnapshotTarget.pot(name));
        String latest = root.service().inventory().pots().stream()
                .filter(p -> p.name().equals(name))
                .flatMap(p -> p.snapshots().stream())
                .max(Comparator.naturalOrder())
                .map(Snapshot::name)
                .orElse(null);
        if (latest == null && root.service().inventory().pot(name).isPresent()) {
            spec.commandLine()
                    .getErr()
                    .println("potctl: " + name + " has no snapshot to revert to; nothing was changed");
            return PotCtl.POT_FAILED;
        }
        String loss = "reverting: every dataset of " + name + " goes back to its latest snapshot (" + latest
                + "), pot.conf and hooks included; changes made since then are lost (this discards them)";
        Integer refused = Confirm.check(spec, yes, loss, "Revert " + name + "?");
        if (refused != null) {
            return refused;
        }
        PotOutput output = root.service().execute(command);
        Jobs.printMessages(spec, output);
        return 0;
    }
}
