package potconsole.app.doctor;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotRow;
import potconsole.engine.command.GetRssCommand;
import potconsole.engine.doctor.UsageHistory;
import potconsole.engine.doctor.UsageSample;
import potconsole.engine.parse.PotOutput;
import potconsole.engine.parse.ResourceUsage;

/**
 * Live memory and CPU of the selected pot: one {@code pot get-rss -J} per sample over the host's session, only while
 * the usage tab is shown, kept in a bounded ring (the last ten minutes). A new pot starts a new history. FX thread only.
 */
public final class UsageViewModel {
    /** What the chart shows. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final TasksViewModel tasks;
    private final Clock clock;
    private final ObjectProperty<Optional<PotRow>> pot = new SimpleObjectProperty<>(Optional.empty());
    private final UsageHistory history = new UsageHistory();
    private final ObservableList<UsageSample> samples = FXCollections.observableArrayList();
    /**
     * One read-only view for the model's life: such a view listens to {@link #samples} weakly, so a view made per call
     * is collected with the listeners added to it, and the chart stopped hearing of new samples.
     */
    private final ObservableList<UsageSample> samplesView = FXCollections.unmodifiableObservableList(samples);

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean sampling;

    public UsageViewModel(TasksViewModel tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        pot.addListener((o, was, now) -> {
            if (!was.map(PotRow::name).equals(now.map(PotRow::name))) {
                history.clear();
                samples.clear();
                status.set("");
            }
        });
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

    /** Takes one sample unless one is on its way; a stopped pot or rctl off is said instead. */
    public void sample() {
        Optional<PotRow> row = pot.get();
        if (row.isEmpty() || sampling) {
            return;
        }
        PotRow r = row.get();
        if (!r.pot().state().isRunning()) {
            status.set(r.name() + " is not running: pot get-rss reads a running pot's jail");
            return;
        }
        sampling = true;
        GetRssCommand command = new GetRssCommand(r.name(), true);
        tasks.quietly(
                command.display(),
                r.host().service().job(command),
                out -> {
                    sampling = false;
                    add(r.name(), ResourceUsage.parseJson(((PotOutput) out).data()));
                },
                e -> {
                    sampling = false;
                    status.set(explain(ErrorText.of(e).headline()));
                });
    }

    private void add(String name, ResourceUsage u) {
        if (!pot.get().map(PotRow::name).filter(name::equals).isPresent()) {
            return;
        }
        history.add(new UsageSample(clock.instant(), u.rssBytes(), u.swapBytes(), u.cpuPercent()));
        samples.setAll(history.within(WINDOW, clock.instant()));
        UsageSample last = samples.get(samples.size() - 1);
        status.set(String.format(
                "%s: memory %.1f MiB, CPU %.0f %% (%d samples)",
                name, last.rssBytes() / 1048576.0, last.cpuPercent(), samples.size()));
    }

    /** pot's refusal, with what to do about it when it is rctl being off. */
    static String explain(String headline) {
        if (headline.contains("rctl")) {
            return headline + ". Turn it on with kern.racct.enable=1 in /boot/loader.conf and a reboot.";
        }
        return headline;
    }
}
