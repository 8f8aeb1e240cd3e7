package potconsole.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.CreateFscompCommand;

@Command(name = "create-fscomp", description = "Create an fscomp, a dataset to mount into pots (pot create-fscomp).")
final class CreateFscompCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "-f", required = true, paramLabel = "NAME", description = "The fscomp's name.")
    String name;

    @Override
    public Integer call() {
        Jobs.printMessages(spec, root.service().execute(new CreateFscompCommand(name)));
        return 0;
    }
}
