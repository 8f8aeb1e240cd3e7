package potconsole.engine.doctor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the doctor reads on a host besides the inventory, in one round trip ({@link HostFactsScript}): boot time,
 * status-file and main-pid files with their mtimes, {@code POT_CACHE} with sizes, ZFS space, rctl and pf switches,
 * the pf rules pot loaded, and pot's bridge interfaces. A value the account could not read is empty, and
 * {@link #unreadable} says why, so a check never mistakes "could not look" for "nothing there".
 */
public record HostFacts(
        Optional<Instant> bootTime,
        Optional<Boolean> racct,
        Optional<Boolean> pfEnabled,
        Map<String, Instant> statusFiles,
        Map<String, String> mainPids,
        List<CacheFile> cache,
        List<Dataset> datasets,
        Map<String, List<String>> rdrRules,
        List<String> natRules,
        Map<String, List<String>> interfaces,
        Optional<String> osVersion,
        Optional<String> loadAverage,
        Map<String, String> unreadable) {

    public HostFacts {
        statusFiles = Map.copyOf(statusFiles);
        mainPids = Map.copyOf(mainPids);
        cache = List.copyOf(cache);
        datasets = List.copyOf(datasets);
        rdrRules = Map.copyOf(rdrRules);
        natRules = List.copyOf(natRules);
        interfaces = Map.copyOf(interfaces);
        unreadable = Map.copyOf(unreadable);
    }

    /** One file in {@code POT_CACHE}: its name and size in bytes. */
    public record CacheFile(String name, long size) {}

    /** One ZFS dataset: bytes used and available ({@code zfs list -Hp -o name,used,avail}). */
    public record Dataset(String name, long used, long available, String mountpoint) {
        /** Used share of what the dataset could hold, 0–100. */
        public int percentUsed() {
            long total = used + available;
            return total <= 0 ? 0 : (int) Math.round(100.0 * used / total);
        }
    }

    public static HostFacts none() {
        return new HostFacts(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                Map.of());
    }

    public Optional<Dataset> dataset(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The dataset mounted at a directory (POT_CACHE is a directory; its dataset is found by mountpoint). */
    public Optional<Dataset> mountedAt(String dir) {
        return datasets.stream().filter(d -> d.mountpoint().equals(dir)).findFirst();
    }
}
