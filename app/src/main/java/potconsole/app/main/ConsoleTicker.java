package potconsole.app.main;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the FX thread every {@link #TICK} (hosts due for a read, ages in the sidebar). A scheduler thread hands the
 * tick over; an animation Timeline would keep JavaFX pulsing 60 times a second and an idle console busy.
 */
final class ConsoleTicker {
    /** How often hosts are checked for being due; a fraction of the poller's interval. */
    static final Duration TICK = Duration.ofSeconds(5);

    private final Executor fx;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "console-ticker");
        t.setDaemon(true);
        return t;
    });

    ConsoleTicker(Executor fx) {
        this.fx = fx;
    }

    void start(Runnable tick) {
        scheduler.scheduleAtFixedRate(() -> fx.execute(tick), TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        scheduler.shutdownNow();
    }
}
