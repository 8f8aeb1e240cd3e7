package potconsole.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.Validate;

@Command(name = "start", description = "Start a pot (waits for its command, like pot start).")
final class StartCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The pot.")
    String name;

    @Override
    public Integer call() throws Exception {
        root.service().start(Validate.existingPotName(name)).run(Jobs.printing(spec));
        return 0;
    }
}
