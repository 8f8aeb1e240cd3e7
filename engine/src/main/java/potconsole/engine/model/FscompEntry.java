package potconsole.engine.model;

import java.util.Optional;

/**
 * One line of {@code fscomp.conf}: {@code SOURCE MOUNTPOINT [OPTION]} (pot-spec §1.7). The source is a ZFS dataset
 * (no leading '/') or a host directory; the mount point may be the legacy absolute host path.
 */
public record FscompEntry(String source, String mountPoint, Option option) {
    public enum Option {
        RW(""),
        RO("ro"),
        ZFS_REMOUNT("zfs-remount");

        private final String potValue;

        Option(String potValue) {
            this.potValue = potValue;
        }

        public String potValue() {
            return potValue;
        }

        public static Option parse(String value) {
            for (Option o : values()) {
                if (o.potValue.equals(value)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown fscomp option '" + value + "'");
        }
    }

    public boolean isDataset() {
        return !source.startsWith("/");
    }

    /**
     * The mount point inside the pot: the current form as is, the legacy form {@code <fsroot>/jails/<pot>/m/...}
     * reduced to the part after {@code /m}.
     */
    public String mountPointInPot(String fsRoot, String pot) {
        String legacy = fsRoot + "/jails/" + pot + "/m";
        if (mountPoint.equals(legacy)) {
            return "/";
        }
        if (mountPoint.startsWith(legacy + "/")) {
            return mountPoint.substring(legacy.length());
        }
        return mountPoint;
    }

    /** For datasets, the name with the pot ZFS root stripped, as {@code pot info -v} shows it. */
    public Optional<String> datasetBelow(String zfsRoot) {
        if (isDataset() && source.startsWith(zfsRoot + "/")) {
            return Optional.of(source.substring(zfsRoot.length() + 1));
        }
        return Optional.empty();
    }
}
