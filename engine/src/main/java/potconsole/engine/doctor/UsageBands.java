package potconsole.engine.doctor;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What a host overview draws: memory and CPU of all running pots over a window, the {@link #TOP} heaviest as their
 * own bands (by name, so a pot keeps its colour) and the rest summed as one. Computed where the sample is taken (the
 * sampler's job), so the FX thread only hands the finished points to the charts.
 */
public record UsageBands(List<Band> memory, List<Band> cpu) {
    /** Pots drawn as their own band, so that with the "other pots" band each has one of a chart's 8 colours. */
    public static final int TOP = 7;

    public static final UsageBands NONE = new UsageBands(List.of(), List.of());

    /** One band: a pot (or the other pots) and its points, seconds before the newest sample. */
    public record Band(String name, List<Point> points) {
        public Band {
            points = List.copyOf(points);
        }
    }

    public record Point(double secondsAgo, double value) {}

    public UsageBands {
        memory = List.copyOf(memory);
        cpu = List.copyOf(cpu);
    }

    /** The bands of {@code history} within {@code window} before its newest sample. */
    public static UsageBands of(HostUsageHistory history, Duration window) {
        synchronized (history) { // one consistent view, though the history's own methods each lock too
            return new UsageBands(
                    bands(history, window, u -> u.rssBytes() / 1048576.0),
                    bands(history, window, UsageSample::cpuPercent));
        }
    }

    private static List<Band> bands(HostUsageHistory h, Duration window, ToDoubleFunction<UsageSample> value) {
        Instant now = h.last().orElse(Instant.EPOCH);
        List<String> top = h.top(TOP, window, value);
        List<Band> out = new ArrayList<>();
        for (String pot : top) {
            List<Point> points = new ArrayList<>();
            for (UsageSample s : h.of(pot, window)) {
                points.add(new Point(ago(s.at(), now), value.applyAsDouble(s)));
            }
            out.add(new Band(pot, points));
        }
        int rest = h.pots().size() - top.size();
        if (rest > 0) {
            List<Point> points = new ArrayList<>();
            for (Map.Entry<Instant, Double> e : h.others(top, window, value).entrySet()) {
                points.add(new Point(ago(e.getKey(), now), e.getValue()));
            }
            out.add(new Band(rest + " other pots", points));
        }
        return out;
    }

    private static double ago(Instant at, Instant now) {
        return -ChronoUnit.MILLIS.between(at, now) / 1000.0;
    }
}
