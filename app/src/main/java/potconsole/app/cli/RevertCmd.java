package potconsole.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.RevertCommand;
import potconsole.engine.command.SnapshotTarget;
import potconsole.engine.parse.PotOutput;

@Command(name = "revert", description = "Roll a stopped pot back to its latest snapshot (pot.conf included).")
final class RevertCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The pot.")
    String name;

    @Override
    public Integer call() throws Exception {
        PotOutput output = root.service().execute(new RevertCommand(SnapshotTarget.pot(name)));
        Jobs.printMessages(spec, output);
        return 0;
    }
}
