package potconsole.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.CopyInCommand;

@Command(name = "copy-in", description = "Copy a host file or directory into a pot (pot copy-in).")
final class CopyInCmd extends PotVerb {
    @Option(names = "-s", required = true, paramLabel = "SOURCE", description = "The file or directory on the host.")
    String source;

    @Option(names = "-d", required = true, paramLabel = "DEST", description = "Where it goes inside the pot.")
    String destination;

    @Option(names = "-F", description = "Even if the pot is running.")
    boolean force;

    @Option(names = "-c", description = "Create missing parent directories.")
    boolean createParents;

    @Override
    public Integer call() {
        return done(root.service().execute(new CopyInCommand(pot(), source, destination, force, createParents)));
    }
}
