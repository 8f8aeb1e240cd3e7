package potconsole.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.parse.PotOutput;

@Command(name = "snapshot", description = "Take a snapshot of a stopped pot.")
final class SnapshotCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The pot.")
    String name;

    @Override
    public Integer call() throws Exception {
        PotOutput output = root.service().execute(SnapshotCommand.of(name));
        Jobs.printMessages(spec, output);
        return 0;
    }
}
