package potconsole.app.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobHandle;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.job.JobRunner;

/**
 * The GUI's job runner: jobs on a small pool of daemon threads, their progress and output handed to the FX thread.
 * The only place in the console that calls {@code Platform.runLater}.
 */
public final class FxJobRunner implements JobRunner {
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "job-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public Executor callbackExecutor() {
        return Platform::runLater;
    }

    @Override
    public <T> JobHandle<T> submit(String title, Job<T> job, JobListener listener) {
        JobListener onFx = new JobListener() {
            @Override
            public void progress(JobProgress progress) {
                Platform.runLater(() -> listener.progress(progress));
            }

            @Override
            public void output(String line, boolean stderr) {
                Platform.runLater(() -> listener.output(line, stderr));
            }
        };
        JobContext context = new JobContext(onFx, new Cancellation());
        CompletableFuture<T> result = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return job.run(context);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                },
                pool);
        return new JobHandle<>(title, context, result);
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
