package potconsole.app.cli;

import picocli.CommandLine.Command;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.parse.PotOutput;

@Command(name = "snapshot", description = "Take a snapshot of a stopped pot.")
final class SnapshotCmd extends OnePotCmd {
    @Override
    public Integer call() throws Exception {
        PotOutput output = root.service().execute(SnapshotCommand.of(name));
        Jobs.printMessages(spec, output);
        return 0;
    }
}
