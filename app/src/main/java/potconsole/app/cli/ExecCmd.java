package potconsole.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.ExecCommand;
import potconsole.engine.error.PotException;

@Command(name = "exec", description = "Run a command inside a running pot: potctl exec NAME -- CMD [ARGS...]")
final class ExecCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    // No -p: everything after the pot is the command, so the pot is always the first word.
    @Parameters(index = "0", paramLabel = "NAME", description = "The pot.")
    String name;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "CMD",
            description = "The command and its arguments (required: pot exec needs something to run).")
    List<String> command;

    @Override
    public Integer call() throws Exception {
        try {
            root.service()
                    .job(new ExecCommand(name, command, List.of(), Optional.empty(), false, false))
                    .run(Jobs.printing(spec));
            return 0;
        } catch (PotException e) {
            // exec returns the inner command's status; pass it on like pot does.
            if (e.errorLines().isEmpty()) {
                return e.exitCode();
            }
            throw e;
        }
    }
}
