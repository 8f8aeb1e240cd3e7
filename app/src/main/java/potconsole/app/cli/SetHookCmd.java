package potconsole.app.cli;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.SetHookCommand;

@Command(name = "set-hook", description = "Set a pot's start/stop hook scripts (pot set-hook).")
final class SetHookCmd extends PotVerb {
    @Option(names = "-s", paramLabel = "SCRIPT", description = "prestart hook (a host file).")
    String preStart;

    @Option(names = "-S", paramLabel = "SCRIPT", description = "poststart hook.")
    String postStart;

    @Option(names = "-t", paramLabel = "SCRIPT", description = "prestop hook.")
    String preStop;

    @Option(names = "-T", paramLabel = "SCRIPT", description = "poststop hook.")
    String postStop;

    @Override
    public Integer call() {
        return done(root.service()
                .execute(new SetHookCommand(
                        pot(),
                        Optional.ofNullable(preStart),
                        Optional.ofNullable(postStart),
                        Optional.ofNullable(preStop),
                        Optional.ofNullable(postStop))));
    }
}
