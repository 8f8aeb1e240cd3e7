package potconsole.app.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.SetEnvCommand;

@Command(
        name = "set-env",
        description = "Set a pot's environment (pot set-env replaces every existing variable). Values of secret-looking"
                + " names (PASSWORD, TOKEN, KEY… see the README) are sent as typed but shown and journaled as ••••.")
final class SetEnvCmd extends PotVerb {
    @Option(names = "-E", required = true, paramLabel = "NAME=VALUE", description = "A variable; repeat for more.")
    List<String> assignments;

    @Override
    public Integer call() {
        return done(root.service().execute(new SetEnvCommand(pot(), assignments)));
    }
}
