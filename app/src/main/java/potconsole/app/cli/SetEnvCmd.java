package potconsole.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import potconsole.engine.command.SetEnvCommand;

@Command(
        name = "set-env",
        description = "Set a pot's environment (pot set-env replaces the whole set). Values of secret-looking names "
                + "(PASSWORD, TOKEN, KEY… see the README) are sent as typed but shown and journaled as ••••.")
final class SetEnvCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Parameters(index = "0", paramLabel = "NAME", description = "The pot.")
    String name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "VAR=value", description = "The variables.")
    List<String> assignments;

    @Override
    public Integer call() {
        root.service().execute(new SetEnvCommand(name, assignments));
        return 0;
    }
}
