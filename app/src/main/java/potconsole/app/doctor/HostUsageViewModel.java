package potconsole.app.doctor;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import potconsole.engine.doctor.HostUsageHistory;
import potconsole.engine.doctor.UsageSample;

/**
 * The host overview: memory and CPU of all running pots of a host over the last ten minutes, the {@link #TOP}
 * heaviest as their own lines and the rest summed as one, from the host's one sampler (shared with the pots' Usage
 * tabs). FX thread only.
 */
public final class HostUsageViewModel {
    /** Pots drawn as their own band, so that with the "other pots" band each has one of the chart's 8 colours. */
    public static final int TOP = 7;

    /** One band of the chart: a pot (or the other pots) and its points, seconds before the newest sample. */
    public record Line(String name, List<Point> points) {}

    public record Point(double secondsAgo, double value) {}

    private final HostUsageSampler sampler;
    private final ReadOnlyObjectWrapper<List<Line>> memory = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Line>> cpu = new ReadOnlyObjectWrapper<>(List.of());

    public HostUsageViewModel(HostUsageSampler sampler) {
        this.sampler = sampler;
        sampler.revisionProperty().addListener(o -> update());
        update();
    }

    public String hostName() {
        return sampler.host().name();
    }

    public ReadOnlyObjectProperty<List<Line>> memoryProperty() {
        return memory.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Line>> cpuProperty() {
        return cpu.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return sampler.statusProperty();
    }

    /** The overview is shown or hidden: the host's sampler ticks while any usage view is shown. */
    public void showing(boolean shown) {
        if (shown) {
            sampler.watch(this);
        } else {
            sampler.unwatch(this);
        }
    }

    /** Takes one sample now (the ticker does this while shown). */
    public void sample() {
        sampler.sample();
    }

    void update() {
        memory.set(lines(u -> u.rssBytes() / 1048576.0));
        cpu.set(lines(UsageSample::cpuPercent));
    }

    private List<Line> lines(ToDoubleFunction<UsageSample> value) {
        HostUsageHistory h = sampler.history();
        Duration window = UsageViewModel.WINDOW;
        Instant now = h.last().orElse(Instant.EPOCH);
        List<String> top = h.top(TOP, window, value);
        List<Line> out = new ArrayList<>();
        for (String pot : top) {
            List<Point> points = new ArrayList<>();
            for (UsageSample s : h.of(pot, window)) {
                points.add(new Point(ago(s.at(), now), value.applyAsDouble(s)));
            }
            out.add(new Line(pot, points));
        }
        int rest = h.pots().size() - top.size();
        if (rest > 0) {
            List<Point> points = new ArrayList<>();
            for (Map.Entry<Instant, Double> e : h.others(top, window, value).entrySet()) {
                points.add(new Point(ago(e.getKey(), now), e.getValue()));
            }
            out.add(new Line(rest + " other pots", points));
        }
        return List.copyOf(out);
    }

    private static double ago(Instant at, Instant now) {
        return -ChronoUnit.MILLIS.between(at, now) / 1000.0;
    }
}
