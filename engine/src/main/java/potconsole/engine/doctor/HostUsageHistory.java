package potconsole.engine.doctor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The last samples of every running pot of one host, fed by {@link HostSampler}: a bounded {@link UsageHistory} per
 * pot, dropped when the pot stops being sampled. The per-pot chart reads {@link #of}; the host overview reads
 * {@link #top}. Thread-safe: the sampler's job adds a sample and computes the overview's bands off the FX thread while
 * the pots' charts read on it (each read returns a copy).
 */
public final class HostUsageHistory {
    private final Map<String, UsageHistory> byPot = new LinkedHashMap<>();
    private final int capacity;
    private Optional<Instant> last = Optional.empty();

    public HostUsageHistory(int capacity) {
        this.capacity = capacity;
    }

    public HostUsageHistory() {
        this(UsageHistory.DEFAULT_CAPACITY);
    }

    /** Adds one host sample; pots absent from it (stopped, refused) lose their history. */
    public synchronized void add(List<UsageReading> readings) {
        Map<String, UsageHistory> kept = new LinkedHashMap<>();
        for (UsageReading r : readings) {
            if (r.sample().isEmpty()) {
                continue;
            }
            UsageHistory h = byPot.getOrDefault(r.pot(), new UsageHistory(capacity));
            h.add(r.sample().get());
            kept.put(r.pot(), h);
            last = Optional.of(r.sample().get().at());
        }
        byPot.clear();
        byPot.putAll(kept);
    }

    public synchronized void clear() {
        byPot.clear();
        last = Optional.empty();
    }

    /** When the newest sample was taken. */
    public synchronized Optional<Instant> last() {
        return last;
    }

    public synchronized List<String> pots() {
        return List.copyOf(byPot.keySet());
    }

    /** One pot's samples within the window before the newest sample, oldest first. */
    public synchronized List<UsageSample> of(String pot, Duration window) {
        UsageHistory h = byPot.get(pot);
        return h == null || last.isEmpty() ? List.of() : h.within(window, last.get());
    }

    /**
     * The {@code n} pots with the highest mean of {@code value} over the window, by name: what a host
     * overview draws as its own lines; the rest are summed by {@link #others}.
     */
    public synchronized List<String> top(int n, Duration window, ToDoubleFunction<UsageSample> value) {
        List<String> order = new ArrayList<>(byPot.keySet());
        Map<String, Double> mean = new LinkedHashMap<>();
        for (String p : order) {
            mean.put(p, of(p, window).stream().mapToDouble(value).average().orElse(0));
        }
        order.sort(Comparator.comparing((String p) -> -mean.get(p)).thenComparing(p -> p));
        List<String> top = new ArrayList<>(order.subList(0, Math.min(n, order.size())));
        // By name, not by weight: a pot keeps its band (and colour) while it stays among the heaviest.
        top.sort(Comparator.naturalOrder());
        return List.copyOf(top);
    }

    /**
     * The sum of {@code value} over every pot not in {@code shown}, per sample time, oldest first (samples of one host
     * share their instant, so the sums line up with the pots' own lines).
     */
    public synchronized Map<Instant, Double> others(
            List<String> shown, Duration window, ToDoubleFunction<UsageSample> value) {
        Map<Instant, Double> sum = new TreeMap<>();
        byPot.forEach((pot, h) -> {
            if (!shown.contains(pot)) {
                for (UsageSample s : of(pot, window)) {
                    sum.merge(s.at(), value.applyAsDouble(s), Double::sum);
                }
            }
        });
        return sum;
    }
}
