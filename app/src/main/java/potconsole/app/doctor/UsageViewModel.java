package potconsole.app.doctor;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotRow;
import potconsole.app.state.HostEntry;
import potconsole.engine.doctor.HostSampler;
import potconsole.engine.doctor.UsageReading;
import potconsole.engine.doctor.UsageSample;

/**
 * Live memory and CPU of the selected pot, read from its host's one sampler ({@link HostUsageSampler}: one exec per
 * sample for every running pot of the host), which ticks only while a usage view is shown. The last ten minutes; a
 * new pot shows its own history. FX thread only.
 */
public final class UsageViewModel {
    /** What the chart shows. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final Function<HostEntry, HostUsageSampler> samplers;
    private final ObjectProperty<Optional<PotRow>> pot = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<UsageSample> samples = FXCollections.observableArrayList();
    /**
     * One read-only view for the model's life: such a view listens to {@link #samples} weakly, so a view made per call
     * is collected with the listeners added to it, and the chart stopped hearing of new samples.
     */
    private final ObservableList<UsageSample> samplesView = FXCollections.unmodifiableObservableList(samples);

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final InvalidationListener sampled = o -> update();
    private Optional<HostUsageSampler> sampler = Optional.empty();
    private boolean showing;

    public UsageViewModel(TasksViewModel tasks, Clock clock) {
        this(host -> HostUsageSampler.of(host, tasks, clock));
    }

    public UsageViewModel(Function<HostEntry, HostUsageSampler> samplers) {
        this.samplers = samplers;
        pot.addListener((o, was, now) -> follow(now));
    }

    public ObjectProperty<Optional<PotRow>> potProperty() {
        return pot;
    }

    /** The samples of the last {@link #WINDOW}, oldest first. */
    public ObservableList<UsageSample> samples() {
        return samplesView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The tab is shown or hidden: the host's sampler ticks while some usage view is shown. */
    public void showing(boolean shown) {
        showing = shown;
        sampler.ifPresent(s -> {
            if (shown) {
                s.watch(this);
            } else {
                s.unwatch(this);
            }
        });
    }

    /** Takes one host sample now (the ticker does this while shown). */
    public void sample() {
        sampler.ifPresent(HostUsageSampler::sample);
    }

    private void follow(Optional<PotRow> row) {
        Optional<HostUsageSampler> next = row.map(r -> samplers.apply(r.host()));
        if (!next.equals(sampler)) {
            sampler.ifPresent(s -> {
                s.unwatch(this);
                s.revisionProperty().removeListener(sampled);
            });
            sampler = next;
            sampler.ifPresent(s -> {
                s.revisionProperty().addListener(sampled);
                if (showing) {
                    s.watch(this);
                }
            });
        }
        update();
    }

    private void update() {
        if (pot.get().isEmpty() || sampler.isEmpty()) {
            samples.clear();
            status.set("");
            return;
        }
        PotRow r = pot.get().get();
        HostUsageSampler s = sampler.get();
        samples.setAll(s.history().of(r.name(), WINDOW));
        Optional<UsageReading> reading = s.last(r.name());
        if (!r.pot().state().isRunning()
                && reading.flatMap(UsageReading::sample).isEmpty()) {
            status.set(r.name() + " is not running: pot get-rss reads a running pot's jail");
        } else if (reading.flatMap(UsageReading::refusal).isPresent()) {
            status.set(explain(reading.get().refusal().get()));
        } else if (!samples.isEmpty()) {
            UsageSample last = samples.get(samples.size() - 1);
            status.set(String.format(
                    "%s: memory %.1f MiB, CPU %.0f %% (%d samples; one exec per sample for all %d running pots)",
                    r.name(),
                    last.rssBytes() / 1048576.0,
                    last.cpuPercent(),
                    samples.size(),
                    s.history().pots().size()));
        } else {
            status.set(s.statusProperty().get());
        }
    }

    /** pot's refusal, with what to do about it when it is rctl being off. */
    static String explain(String headline) {
        if (headline.contains("rctl")) {
            return HostSampler.RCTL_OFF;
        }
        return headline;
    }
}
