package potconsole.app.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.SetEnvCommand;

@Command(name = "set-env", description = "Add environment variables to a pot (pot set-env).")
final class SetEnvCmd extends PotVerb {
    @Option(names = "-E", required = true, paramLabel = "NAME=VALUE", description = "A variable; repeat for more.")
    List<String> assignments;

    @Override
    public Integer call() {
        return done(root.service().execute(new SetEnvCommand(pot(), assignments)));
    }
}
