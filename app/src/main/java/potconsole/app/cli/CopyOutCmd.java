package potconsole.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.CopyOutCommand;

@Command(name = "copy-out", description = "Copy a file or directory out of a pot to the host (pot copy-out).")
final class CopyOutCmd extends PotVerb {
    @Option(names = "-s", required = true, paramLabel = "SOURCE", description = "The path inside the pot.")
    String source;

    @Option(names = "-d", required = true, paramLabel = "DIR", description = "The host directory it goes into.")
    String destination;

    @Option(names = "-F", description = "Even if the pot is running.")
    boolean force;

    @Override
    public Integer call() {
        return done(root.service().execute(new CopyOutCommand(pot(), source, destination, force)));
    }
}
