package potconsole.engine.command;

import java.util.List;

/**
 * {@code pot mount-in -p pot -m mnt (-f fscomp | -d dir | -z dataset) [-r] [-w]}. {@code -w} (zfs-remount) cannot be
 * used with a directory; {@code -r} wins over {@code -w} in pot, so the console refuses both at once.
 */
public record MountInCommand(
        String pot, String mountPoint, Source source, String value, boolean readOnly, boolean zfsRemount)
        implements PotCommand {
    public enum Source {
        FSCOMP("-f"),
        DIRECTORY("-d"),
        DATASET("-z");

        private final String flag;

        Source(String flag) {
            this.flag = flag;
        }
    }

    public MountInCommand {
        Validate.existingPotName(pot);
        Validate.mountPoint(mountPoint);
        switch (source) {
            case FSCOMP -> Validate.simpleName(value, "Fscomp name");
            case DIRECTORY -> {
                Validate.absolutePath(value, "The host directory");
                // fscomp.conf separates its fields with spaces.
                if (value.chars().anyMatch(Character::isWhitespace)) {
                    throw new InvalidArgumentException("The host directory cannot contain spaces: '" + value + "'");
                }
            }
            case DATASET -> Validate.dataset(value);
        }
        if (zfsRemount && source == Source.DIRECTORY) {
            throw new InvalidArgumentException("zfs-remount (-w) works with datasets and fscomps, not directories");
        }
        if (zfsRemount && readOnly) {
            throw new InvalidArgumentException("Choose read-only or zfs-remount, not both (pot would ignore -w)");
        }
    }

    public String subcommand() {
        return "mount-in";
    }

    public List<String> arguments() {
        return Args.of()
                .opt("-p", pot)
                .opt(source.flag, value)
                .opt("-m", mountPoint)
                .flag("-r", readOnly)
                .flag("-w", zfsRemount)
                .build();
    }
}
