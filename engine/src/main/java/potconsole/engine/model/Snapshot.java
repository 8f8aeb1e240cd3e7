package potconsole.engine.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A ZFS snapshot of a pot's top dataset. pot names snapshots after the epoch second ({@code date +%s}); other names
 * (taken by hand) have no time.
 */
public record Snapshot(String name) implements Comparable<Snapshot> {
    public Snapshot {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("snapshot name must not be empty");
        }
    }

    /** The time encoded in an epoch-named snapshot. */
    public Optional<Instant> time() {
        if (!name.chars().allMatch(Character::isDigit) || name.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(name)));
    }

    /** pot's "latest" is the highest name in lexical order ({@code _zfs_last_snap}). */
    @Override
    public int compareTo(Snapshot other) {
        return name.compareTo(other.name);
    }
}
