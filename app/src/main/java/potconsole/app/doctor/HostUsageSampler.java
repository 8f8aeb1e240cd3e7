package potconsole.app.doctor;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.doctor.HostSampler;
import potconsole.engine.doctor.HostUsageHistory;
import potconsole.engine.doctor.UsageBands;
import potconsole.engine.doctor.UsageReading;

/**
 * The one usage sampler of a host: one exec per tick for all its running pots ({@link HostSampler}), ticking only
 * while at least one usage view (a pot's Usage tab, the host overview) watches it. Every view reads the same
 * {@link HostUsageHistory}; {@link #revisionProperty} changes after each sample. FX thread only, except the sample's
 * job, which adds to the (thread-safe) history and computes the overview's {@link UsageBands}.
 */
public final class HostUsageSampler {
    private static final Map<HostEntry, HostUsageSampler> BY_HOST = new WeakHashMap<>();
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final HostEntry host;
    private final TasksViewModel tasks;
    private final Clock clock;
    private final Ticker ticker;
    private final HostUsageHistory history = new HostUsageHistory();
    private final Map<String, UsageReading> last = new TreeMap<>();
    private final Set<Object> watchers = new HashSet<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper rctlOff = new ReadOnlyBooleanWrapper();
    private UsageBands bands = UsageBands.NONE;
    private boolean sampling;
    private int execs;

    public HostUsageSampler(HostEntry host, TasksViewModel tasks, Clock clock, Ticker ticker) {
        this.host = host;
        this.tasks = tasks;
        this.clock = clock;
        this.ticker = ticker;
    }

    /** The host's sampler, shared by every view of it (made on first use, with a Timeline ticker). */
    public static HostUsageSampler of(HostEntry host, TasksViewModel tasks, Clock clock) {
        return BY_HOST.computeIfAbsent(host, h -> new HostUsageSampler(h, tasks, clock, new FxTicker()));
    }

    public HostEntry host() {
        return host;
    }

    public HostUsageHistory history() {
        return history;
    }

    /** The host overview's bands of the latest sample (computed in the sample's job, not on the FX thread). */
    public UsageBands bands() {
        return bands;
    }

    public Optional<UsageReading> last(String pot) {
        return Optional.ofNullable(last.get(pot));
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty rctlOffProperty() {
        return rctlOff.getReadOnlyProperty();
    }

    /** Execs sent so far (one per sample, whatever the number of pots). */
    public int execs() {
        return execs;
    }

    /** A view starts watching: the first one starts the ticking (a sample now, then every period). */
    public void watch(Object viewer) {
        if (watchers.add(viewer) && watchers.size() == 1) {
            ticker.start(this::sample);
        }
    }

    /** A view stops watching: the last one stops the ticking; the history stays for when a view comes back. */
    public void unwatch(Object viewer) {
        if (watchers.remove(viewer) && watchers.isEmpty()) {
            ticker.stop();
        }
    }

    public boolean isTicking() {
        return !watchers.isEmpty();
    }

    /** One sample of every running pot of the host (skipped while one is on its way or nothing is known yet). */
    public void sample() {
        if (sampling || host.inventory().isEmpty()) {
            return;
        }
        List<String> pots = HostSampler.running(host.inventory().get());
        if (pots.isEmpty()) {
            apply(record(List.of()));
            return;
        }
        sampling = true;
        execs++;
        tasks.quietly(
                "usage of " + host.name(),
                ctx -> record(HostSampler.sample(host.service(), pots, clock, ctx.cancellation())),
                sampled -> {
                    sampling = false;
                    apply(sampled);
                },
                e -> {
                    sampling = false;
                    status.set("could not sample " + host.name() + ": "
                            + ErrorText.of(e).headline());
                });
    }

    private record Sampled(List<UsageReading> readings, UsageBands bands) {}

    /** On the sample's job thread: the history takes the sample and the overview's bands are computed there. */
    private Sampled record(List<UsageReading> readings) {
        history.add(readings);
        return new Sampled(readings, UsageBands.of(history, UsageViewModel.WINDOW));
    }

    private void apply(Sampled sampled) {
        List<UsageReading> readings = sampled.readings();
        bands = sampled.bands();
        last.clear();
        readings.forEach(r -> last.put(r.pot(), r));
        rctlOff.set(HostSampler.rctlOff(readings));
        long figures = readings.stream().filter(r -> r.sample().isPresent()).count();
        status.set(
                rctlOff.get()
                        ? HostSampler.RCTL_OFF
                        : readings.isEmpty()
                                ? "No pot is running on " + host.name() + "."
                                : figures + " of " + readings.size() + " running pots sampled in one exec at "
                                        + history.last()
                                                .map(t -> LocalTime.ofInstant(t, ZoneId.systemDefault())
                                                        .format(HMS))
                                                .orElse("?"));
        revision.set(revision.get() + 1);
    }
}
