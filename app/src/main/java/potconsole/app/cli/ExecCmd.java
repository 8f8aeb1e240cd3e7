package potconsole.app.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import potconsole.engine.command.ExecCommand;
import potconsole.engine.error.PotException;

@Command(name = "exec", description = "Run a command inside a running pot: potctl exec NAME -- CMD [ARGS...]")
final class ExecCmd extends OnePotCmd {
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
