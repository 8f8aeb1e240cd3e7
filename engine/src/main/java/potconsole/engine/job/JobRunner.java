package potconsole.engine.job;

import java.util.concurrent.CompletableFuture;

/** Runs jobs: the GUI's runner on worker threads with results on the FX thread; {@link #inline()} for CLI and tests. */
public interface JobRunner {
    <T> JobHandle<T> submit(String title, Job<T> job, JobListener listener);

    /** Where completion callbacks run: the FX thread for the GUI's runner, the calling thread inline. */
    java.util.concurrent.Executor callbackExecutor();

    /** Runs every job on the calling thread before {@code submit} returns. */
    static JobRunner inline() {
        return new JobRunner() {
            @Override
            public java.util.concurrent.Executor callbackExecutor() {
                return Runnable::run;
            }

            @Override
            public <T> JobHandle<T> submit(String title, Job<T> job, JobListener listener) {
                JobContext context = new JobContext(listener, new potconsole.engine.exec.Cancellation());
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
