package potconsole.app.cli;

import picocli.CommandLine.Command;
import potconsole.engine.command.RevertCommand;
import potconsole.engine.command.SnapshotTarget;
import potconsole.engine.parse.PotOutput;

@Command(name = "revert", description = "Roll a stopped pot back to its latest snapshot (pot.conf included).")
final class RevertCmd extends OnePotCmd {
    @Override
    public Integer call() throws Exception {
        PotOutput output = root.service().execute(new RevertCommand(SnapshotTarget.pot(name)));
        Jobs.printMessages(spec, output);
        return 0;
    }
}
