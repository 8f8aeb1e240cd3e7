package potconsole.app.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.MountInCommand;

@Command(name = "mount-in", description = "Mount an fscomp, host directory or dataset into a pot (pot mount-in).")
final class MountInCmd extends PotVerb {
    @Option(names = "-m", required = true, paramLabel = "MOUNTPOINT", description = "Where, inside the pot.")
    String mountPoint;

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "-f", paramLabel = "FSCOMP", description = "An fscomp.")
        String fscomp;

        @Option(names = "-d", paramLabel = "DIR", description = "A host directory.")
        String directory;

        @Option(names = "-z", paramLabel = "DATASET", description = "A ZFS dataset.")
        String dataset;
    }

    @Option(names = "-r", description = "Read-only.")
    boolean readOnly;

    @Option(names = "-w", description = "zfs-remount instead of nullfs (datasets and fscomps).")
    boolean zfsRemount;

    @Override
    public Integer call() {
        MountInCommand.Source source = what.fscomp != null
                ? MountInCommand.Source.FSCOMP
                : what.directory != null ? MountInCommand.Source.DIRECTORY : MountInCommand.Source.DATASET;
        String value = what.fscomp != null ? what.fscomp : what.directory != null ? what.directory : what.dataset;
        return done(root.service().execute(new MountInCommand(pot(), mountPoint, source, value, readOnly, zfsRemount)));
    }
}
