package potconsole.engine.job;

import java.util.concurrent.CompletableFuture;

/** A submitted job: its title, live context (progress, cancel) and eventual result. */
public record JobHandle<T>(String title, JobContext context, CompletableFuture<T> result) {
    public void cancel() {
        context.cancellation().cancel();
    }
}
