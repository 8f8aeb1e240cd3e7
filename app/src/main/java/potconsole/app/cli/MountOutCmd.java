package potconsole.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.MountOutCommand;

@Command(name = "mount-out", description = "Remove a mount from a pot (pot mount-out).")
final class MountOutCmd extends PotVerb {
    @Option(names = "-m", required = true, paramLabel = "MOUNTPOINT", description = "The mount point inside the pot.")
    String mountPoint;

    @Override
    public Integer call() {
        return done(root.service().execute(new MountOutCommand(pot(), mountPoint)));
    }
}
