package potconsole.app.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.engine.job.JobHandle;
import potconsole.engine.job.JobProgress;
import potconsole.engine.secret.Secrets;

/** One job as the task drawer shows it. FX thread only. */
public final class TaskItem {
    public enum State {
        RUNNING,
        SUCCEEDED,
        FAILED,
        CANCELLED
    }

    private final String title;
    private final String host;
    private final Instant started;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.RUNNING);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyObjectWrapper<Optional<Instant>> finished = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<String> output = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper transfer = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> now;
    private JobHandle<?> handle;

    TaskItem(String title, String host, Instant started) {
        this.title = Secrets.hide(title);
        this.host = host;
        this.started = started;
        this.now = new ReadOnlyObjectWrapper<>(started);
    }

    /** The clock as the drawer last told it (running tasks show their elapsed time against it). */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    void tick(Instant at) {
        if (state.get() == State.RUNNING) {
            now.set(at);
        }
    }

    /** "4 s", "1 min 05 s", "1 h 03 min". */
    public static String describe(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }

    /** How long it ran, or has been running. */
    public Duration elapsed() {
        return Duration.between(started, finished.get().orElse(now.get()));
    }

    void attach(JobHandle<?> h) {
        this.handle = h;
    }

    void progress(JobProgress p) {
        phase.set(p.phase());
        message.set(Secrets.hide(p.message()));
        progress.set(p.fraction());
        transfer.set(Transfer.describe(p.bytesDone(), p.bytesTotal(), Duration.between(started, Instant.now())));
    }

    /** "120 MiB of 800 MiB · 42 MiB/s · about 16 s left" when the job reports bytes, else empty. */
    public ReadOnlyStringProperty transferProperty() {
        return transfer.getReadOnlyProperty();
    }

    /** Secret values are masked: the drawer shows what the journal keeps. */
    void output(String line) {
        output.add(Secrets.hide(line));
        if (output.size() > 20_000) {
            output.remove(0, output.size() - 20_000);
        }
    }

    void finish(State s, String finalMessage, Instant at) {
        state.set(s);
        message.set(Secrets.hide(finalMessage));
        progress.set(s == State.SUCCEEDED ? 1 : progress.get());
        finished.set(Optional.of(at));
    }

    public void cancel() {
        if (handle != null && state.get() == State.RUNNING) {
            handle.cancel();
        }
    }

    public String title() {
        return title;
    }

    public String host() {
        return host;
    }

    public Instant started() {
        return started;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Instant>> finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ObservableList<String> output() {
        return output;
    }
}
