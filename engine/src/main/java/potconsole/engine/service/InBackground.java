package potconsole.engine.service;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a long pot command on its own daemon thread, so that the job that started it can poll the host for progress
 * (file sizes) while it runs and wait for its end with a timeout.
 */
final class InBackground {
    private InBackground() {}

    static <T> CompletableFuture<T> start(String threadName, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        result.complete(work.call());
                    } catch (Throwable t) {
                        result.completeExceptionally(t);
                    }
                },
                threadName);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
