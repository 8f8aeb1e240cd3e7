package potconsole.app.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.ErrorText;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.job.JobRunner;

/**
 * Every job the console runs, for the task drawer: title, host, phase, progress, output, outcome, cancel. Tasks stay
 * listed after they end (until cleared), so leaving a screen never loses one. FX thread only.
 */
public final class TasksViewModel {
    private final JobRunner jobs;
    private final Clock clock;
    private final ObservableList<TaskItem> tasks = FXCollections.observableArrayList();
    private final IntegerBinding running;
    private Consumer<TaskItem> onFinished = t -> {};

    public TasksViewModel(JobRunner jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
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

    /** Runs a job as a task; exactly one of the callbacks runs on the FX thread when it ends. */
    public <T> TaskItem run(
            String title, String host, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
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
                            Throwable cause = unwrap(error);
                            if (cause == null) {
                                item.finish(TaskItem.State.SUCCEEDED, "done", Instant.now(clock));
                                running.invalidate();
                                onSuccess.accept(value);
                            } else if (cause instanceof ExecCancelledException) {
                                item.finish(TaskItem.State.CANCELLED, "cancelled", Instant.now(clock));
                                running.invalidate();
                            } else {
                                item.finish(
                                        TaskItem.State.FAILED,
                                        ErrorText.of(cause).headline(),
                                        Instant.now(clock));
                                running.invalidate();
                                onFailure.accept(cause);
                            }
                            onFinished.accept(item);
                        },
                        jobs.callbackExecutor());
        running.invalidate();
        return item;
    }

    /** Removes the tasks that have ended. */
    public void clearFinished() {
        tasks.removeIf(t -> t.stateProperty().get() != TaskItem.State.RUNNING);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException
                        || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
