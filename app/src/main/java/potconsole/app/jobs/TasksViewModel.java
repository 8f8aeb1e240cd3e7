package potconsole.app.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.state.HostEntry;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.job.JobRunner;

/**
 * Every job the console runs, for the task drawer: title, host, phase, progress, output, outcome, cancel. Tasks stay
 * listed after they end (until cleared), so leaving a screen never loses one. {@link #run(HostEntry, String, Job)}
 * is the one way to run a job on a host: the task is recorded, a failure shows pot's message in a dialog, and the
 * host is read again afterwards so what the console shows is what the host has. FX thread only.
 */
public final class TasksViewModel {
    private final JobRunner jobs;
    private final Clock clock;
    private final ObservableList<TaskItem> tasks = FXCollections.observableArrayList();
    private final IntegerBinding running;
    private final DialogService dialogs;
    private final Consumer<HostEntry> refresh;
    private Consumer<TaskItem> onFinished = t -> {};

    /**
     * @param refresh reads a host again (the host poller); called after every job run on a host
     */
    public TasksViewModel(JobRunner jobs, Clock clock, DialogService dialogs, Consumer<HostEntry> refresh) {
        this.jobs = jobs;
        this.clock = clock;
        this.dialogs = dialogs;
        this.refresh = refresh;
        this.running = Bindings.createIntegerBinding(
                () -> (int) tasks.stream()
                        .filter(t -> t.stateProperty().get() == TaskItem.State.RUNNING)
                        .count(),
                tasks);
    }

    public ObservableList<TaskItem> tasks() {
        return tasks;
    }

    public IntegerBinding runningCount() {
        return running;
    }

    /** Told of every task that ends (for notifications). */
    public void setOnFinished(Consumer<TaskItem> listener) {
        this.onFinished = listener;
    }

    /** Runs a job on a host: on failure pot's message is shown; either way the host is read again. */
    public <T> TaskItem run(HostEntry host, String title, Job<T> job) {
        return run(host, title, job, v -> {});
    }

    /** The same, with a step on success (before the host is read again). */
    public <T> TaskItem run(HostEntry host, String title, Job<T> job, Consumer<T> onSuccess) {
        return run(host, title, job, onSuccess, e -> {
            ErrorText t = ErrorText.of(e);
            dialogs.error(title + " failed", t.headline(), t.details());
        });
    }

    /**
     * The same, with the failure handled by the caller instead of the dialog. The host is read again however the task
     * ends — a cancelled job may have changed it too (a rollback, a temporary pot destroyed).
     */
    public <T> TaskItem run(
            HostEntry host, String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(title, host.name(), job, onSuccess, onFailure, () -> refresh.accept(host));
    }

    /** Runs a job without a task in the drawer (a periodic read, such as a usage sample); callbacks on the FX thread. */
    public <T> void quietly(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        jobs.submit(title, job, JobListener.NONE)
                .result()
                .whenCompleteAsync(
                        (value, error) -> {
                            Throwable cause = ErrorText.unwrap(error);
                            if (cause == null) {
                                onSuccess.accept(value);
                            } else {
                                onFailure.accept(cause);
                            }
                        },
                        jobs.callbackExecutor());
    }

    /** The names of the hosts a task is running on (they are read more often while it runs). */
    public Set<String> busyHosts() {
        Set<String> busy = new HashSet<>();
        for (TaskItem t : tasks) {
            if (t.stateProperty().get() == TaskItem.State.RUNNING) {
                busy.add(t.host());
            }
        }
        return busy;
    }

    /** Where job results are delivered (the FX thread), for a job that must show something while it runs. */
    public Executor fx() {
        return jobs.callbackExecutor();
    }

    /** Keeps the running tasks' elapsed times true. */
    public void tick() {
        Instant now = Instant.now(clock);
        for (TaskItem t : tasks) {
            t.tick(now);
        }
    }

    /** Runs a job as a task; exactly one of the callbacks runs on the FX thread when it ends. */
    public <T> TaskItem run(
            String title, String host, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(title, host, job, onSuccess, onFailure, () -> {});
    }

    private <T> TaskItem run(
            String title,
            String host,
            Job<T> job,
            Consumer<T> onSuccess,
            Consumer<Throwable> onFailure,
            Runnable afterEnd) {
        TaskItem item = new TaskItem(title, host, Instant.now(clock));
        tasks.add(0, item);
        var handle = jobs.submit(title, job, new JobListener() {
            @Override
            public void progress(JobProgress progress) {
                item.progress(progress);
            }

            @Override
            public void output(String line, boolean stderr) {
                item.output(line);
            }
        });
        item.attach(handle);
        handle.result()
                .whenCompleteAsync(
                        (value, error) -> {
                            finished(item, value, ErrorText.unwrap(error), onSuccess, onFailure);
                            afterEnd.run();
                        },
                        jobs.callbackExecutor());
        running.invalidate();
        return item;
    }

    /** On the FX thread: the task's end state, then exactly one of the callbacks (none for a cancel). */
    private <T> void finished(
            TaskItem item, T value, Throwable cause, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (cause == null) {
            item.finish(TaskItem.State.SUCCEEDED, "done", Instant.now(clock));
            running.invalidate();
            onSuccess.accept(value);
        } else if (cause instanceof ExecCancelledException) {
            item.finish(TaskItem.State.CANCELLED, "cancelled", Instant.now(clock));
            running.invalidate();
        } else {
            item.finish(TaskItem.State.FAILED, ErrorText.of(cause).headline(), Instant.now(clock));
            running.invalidate();
            onFailure.accept(cause);
        }
        onFinished.accept(item);
    }

    /** Removes the tasks that have ended. */
    public void clearFinished() {
        tasks.removeIf(t -> t.stateProperty().get() != TaskItem.State.RUNNING);
    }
}
