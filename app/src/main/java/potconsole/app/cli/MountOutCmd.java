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
        MountOutCommand command = new MountOutCommand(pot(), mountPoint);
        done(root.service().execute(command));
        boolean stillListed = root.service().inventory().pot(command.pot()).stream()
                .flatMap(p -> p.fscomps().stream())
                .anyMatch(f -> f.mountPoint().equals(mountPoint));
        if (stillListed) {
            // pot 0.16.0's mount-out only removes legacy-form lines (pot-spec §10.10).
            spec.commandLine()
                    .getErr()
                    .println("potctl: note: pot's fscomp.conf still lists " + mountPoint
                            + " (pot 0.16.0 removes only old-style entries); it is mounted again at the next start");
        }
        return 0;
    }
}
