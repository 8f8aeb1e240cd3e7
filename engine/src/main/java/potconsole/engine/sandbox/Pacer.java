package potconsole.engine.sandbox;

import java.time.Duration;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;

/**
 * How long simulated work takes. The console uses {@link #realistic()} so progress is visible; tests use
 * {@link #instant()} and never wait.
 */
public interface Pacer {
    /** Waits for {@code d} (or not at all); ends early with an exception when the command is cancelled. */
    void pause(Duration d, Cancellation cancellation);

    static Pacer instant() {
        return (d, c) -> {
            if (c.isCancelled()) {
                throw new ExecCancelledException("cancelled");
            }
        };
    }

    static Pacer realistic() {
        return (d, c) -> {
            Object gate = new Object();
            Runnable wake = () -> {
                synchronized (gate) {
                    gate.notifyAll();
                }
            };
            c.onCancel(wake);
            try {
                long end = System.nanoTime() + d.toNanos();
                synchronized (gate) {
                    while (!c.isCancelled() && System.nanoTime() < end) {
                        long ms = Math.max(1, (end - System.nanoTime()) / 1_000_000);
                        gate.wait(ms);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExecCancelledException("interrupted");
            } finally {
                c.remove(wake);
            }
            if (c.isCancelled()) {
                throw new ExecCancelledException("cancelled");
            }
        };
    }
}
