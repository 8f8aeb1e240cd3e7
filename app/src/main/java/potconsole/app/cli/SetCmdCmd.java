package potconsole.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.SetCmdCommand;

@Command(name = "set-cmd", description = "Set the command a pot runs when it starts (pot set-cmd).")
final class SetCmdCmd extends PotVerb {
    @Option(
            names = "-c",
            required = true,
            paramLabel = "CMD",
            description = "The command line, stored as given (e.g. \"nginx -g 'daemon off;'\").")
    String command;

    @Override
    public Integer call() {
        return done(root.service().execute(new SetCmdCommand(pot(), command)));
    }
}
