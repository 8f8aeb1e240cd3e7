package potconsole.app.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobRunner;

/**
 * The one reader of hosts: every inventory the console shows comes through {@link #refresh}. It reads a host when
 * asked (after an action) and on {@link #tick} when due — every {@link #INTERVAL} while reachable, every tick while a
 * task runs on it (a non-persistent pot's start lasts as long as its command: the row must show it running), and
 * backing off to {@link #MAX_BACKOFF} while unreachable, so a dead host burns no CPU. FX thread only; reads run as
 * jobs.
 */
public final class HostPoller {
    public static final Duration INTERVAL = Duration.ofSeconds(20);
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final JobRunner jobs;
    private final Clock clock;
    private final Map<HostEntry, Instant> due = new HashMap<>();
    private final Set<HostEntry> again = new HashSet<>();

    public HostPoller(JobRunner jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Reads one host's inventory in a job; the host entry takes it when it arrives. A refresh asked for while one is
     * running is not lost: it runs once more when the first ends, since the first may have read before the change.
     */
    public void refresh(HostEntry host) {
        if (host.isLoading()) {
            again.add(host);
            return;
        }
        host.markLoading();
        due.put(host, Instant.now(clock).plus(INTERVAL));
        var handle = jobs.submit(
                "Refresh " + host.name(), ctx -> host.service().inventory(ctx.cancellation()), JobListener.NONE);
        handle.result()
                .whenCompleteAsync(
                        (inv, error) -> {
                            if (error != null) {
                                Throwable cause = error.getCause() != null ? error.getCause() : error;
                                host.markUnreachable(
                                        cause.getMessage() == null ? cause.toString() : cause.getMessage());
                            } else {
                                host.markReached(Instant.now(clock), inv);
                            }
                            due.put(host, Instant.now(clock).plus(nextRefresh(host)));
                            if (again.remove(host)) {
                                refresh(host);
                            }
                        },
                        jobs.callbackExecutor());
    }

    /**
     * Reads the hosts that are due. {@code busy} names the hosts a task is running on: they are due at every tick.
     */
    public void tick(Collection<HostEntry> hosts, Supplier<Set<String>> busy) {
        Instant now = Instant.now(clock);
        Set<String> working = busy.get();
        for (HostEntry h : hosts) {
            Instant when = due.computeIfAbsent(h, x -> now.plus(INTERVAL));
            if (!h.isLoading() && (now.isAfter(when) || working.contains(h.name()))) {
                refresh(h);
            }
        }
    }

    /** Forgets a removed host. */
    public void forget(HostEntry host) {
        due.remove(host);
        again.remove(host);
    }

    /** When to read a host next: the interval, doubled for each failure in a row, capped. */
    public static Duration nextRefresh(HostEntry host) {
        int failures = host.failuresInARow();
        if (failures == 0) {
            return INTERVAL;
        }
        long seconds = INTERVAL.toSeconds() << Math.min(failures, 8);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }
}
