package potconsole.engine.service;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A finished host export: the {@code .xz} file on the host, the snapshot pot exported, the compressed size and the
 * {@code zfs send -nP} estimate of the stream it came from.
 */
public record ExportResult(
        String file,
        Optional<String> snapshot,
        long compressedBytes,
        OptionalLong streamEstimate,
        List<String> purgedSnapshots,
        Optional<String> snapshotTaken) {
    public ExportResult {
        purgedSnapshots = List.copyOf(purgedSnapshots);
    }

    public ExportResult(String file, Optional<String> snapshot, long compressedBytes, OptionalLong streamEstimate) {
        this(file, snapshot, compressedBytes, streamEstimate, List.of(), Optional.empty());
    }

    /**
     * What {@code -A} did to the pot's snapshots, read on the host after the export ("" when nothing): pot itself
     * prints nothing about it (transcript 113).
     */
    public String snapshotChanges() {
        if (snapshotTaken.isPresent()) {
            return "took snapshot " + snapshotTaken.get() + " first (-A)";
        }
        if (!purgedSnapshots.isEmpty()) {
            return "purged " + purgedSnapshots.size() + " older snapshot" + (purgedSnapshots.size() == 1 ? "" : "s")
                    + " (-A): " + String.join(", ", purgedSnapshots);
        }
        return "";
    }
}
