package potconsole.engine.job;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import potconsole.engine.exec.Cancellation;

/** Runs jobs: the GUI's runner on worker threads with results on the FX thread; {@link #inline()} for CLI and tests. */
public interface JobRunner {
    <T> JobHandle<T> submit(String title, Job<T> job, JobListener listener);

    /** Where completion callbacks run: the FX thread for the GUI's runner, the calling thread inline. */
    Executor callbackExecutor();

    /** Runs every job on the calling thread before {@code submit} returns. */
    static JobRunner inline() {
        return new JobRunner() {
            @Override
            public Executor callbackExecutor() {
                return Runnable::run;
            }

            @Override
            public <T> JobHandle<T> submit(String title, Job<T> job, JobListener listener) {
                JobContext context = new JobContext(listener, new Cancellation());
                CompletableFuture<T> result = new CompletableFuture<>();
                try {
                    result.complete(job.run(context));
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
                return new JobHandle<>(title, context, result);
            }
        };
    }
}
