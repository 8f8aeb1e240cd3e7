package potconsole.engine.doctor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import potconsole.engine.model.HostInventory;

/**
 * ZFS space of a host and its pots as bars read from {@link HostFacts} (no exec of its own): the pool, pot's root
 * dataset, {@code POT_CACHE} (the size of its files) and each pot's dataset, largest first.
 */
public record SpaceReport(
        Optional<Bar> pool, Optional<Bar> potRoot, Optional<Bar> cache, List<Bar> pots, Optional<String> unreadable) {

    public SpaceReport {
        pots = List.copyOf(pots);
    }

    /** One bar: {@code used} bytes of {@code total} (used plus what is still free where it lives). */
    public record Bar(String label, String dataset, long used, long total) {
        public double fraction() {
            return total <= 0 ? 0 : Math.min(1.0, (double) used / total);
        }
    }

    public static SpaceReport of(HostInventory inv, HostFacts facts) {
        String zroot = inv.settings().zfsRoot();
        String poolName = zroot.contains("/") ? zroot.substring(0, zroot.indexOf('/')) : zroot;
        Optional<Bar> pool = facts.dataset(poolName).map(d -> bar("pool " + d.name(), d));
        Optional<Bar> root = facts.dataset(zroot).map(d -> bar("POT_ZFS_ROOT " + d.name(), d));
        String cacheDir = inv.settings().get("POT_CACHE");
        long cacheBytes =
                facts.cache().stream().mapToLong(HostFacts.CacheFile::size).sum();
        Optional<HostFacts.Dataset> cacheSet = facts.mountedAt(cacheDir);
        Optional<Bar> cache = cacheSet.map(
                        d -> new Bar("POT_CACHE " + cacheDir, d.name(), cacheBytes, cacheBytes + d.available()))
                .or(() -> facts.cache().isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Bar("POT_CACHE " + cacheDir, "", cacheBytes, cacheBytes)));
        List<Bar> pots = new ArrayList<>();
        String prefix = zroot + "/jails/";
        for (HostFacts.Dataset d : facts.datasets()) {
            String rest = d.name().startsWith(prefix) ? d.name().substring(prefix.length()) : "";
            if (!rest.isEmpty() && !rest.contains("/") && inv.pot(rest).isPresent()) {
                pots.add(new Bar(rest, d.name(), d.used(), d.used() + d.available()));
            }
        }
        pots.sort(Comparator.comparingLong(Bar::used).reversed().thenComparing(Bar::label));
        return new SpaceReport(
                pool, root, cache, pots, Optional.ofNullable(facts.unreadable().get("zfs")));
    }

    private static Bar bar(String label, HostFacts.Dataset d) {
        return new Bar(label, d.name(), d.used(), d.used() + d.available());
    }

    /** Bytes as people read them: 1.4 GiB, 380 MiB, 12 KiB. */
    public static String human(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
