package potconsole.engine.parse;

import java.util.List;
import java.util.Optional;

/** One block of {@code pot ls} (with {@code -v}: base, level, base pot, datasets, snapshots). */
public record PotListing(
        String name,
        String network,
        Optional<String> ip,
        boolean active,
        Optional<String> base,
        Optional<Integer> level,
        Optional<String> basePot,
        List<DatasetLine> datasets,
        List<String> snapshots) {
    public PotListing {
        datasets = List.copyOf(datasets);
        snapshots = List.copyOf(snapshots);
    }
}
