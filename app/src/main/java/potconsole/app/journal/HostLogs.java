package potconsole.app.journal;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.engine.audit.AuditTrail;
import potconsole.engine.audit.HostLogSource;
import potconsole.engine.audit.PotLogReader;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.job.Job;

/**
 * The hosts' pot logs for the journal window: one incremental reader per host, each read a job off the FX thread
 * (at most one in flight per host), what is known of each host's log updated on the FX thread. The new lines are folded
 * into the journal's timeline in a second job, against a snapshot of it, and only the finished list is swapped in on the
 * FX thread: a first read of 100,000 lines takes a third of a second to fold.
 */
public final class HostLogs {
    /** A host whose pot log is read: the console's name for it and its connection. */
    public record Host(String name, CommandRunner runner) {}

    /** Runs a job away from the FX thread and calls back on it ({@code TasksViewModel::quietly}; inline in tests). */
    public interface Background {
        <T> void run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
    }

    /** The timeline the hosts' lines go into, owned by the FX thread. */
    @FunctionalInterface
    public interface Trail {
        /** On the FX thread: the timeline as it is now, to fold lines into in a job. */
        Fold snapshot();
    }

    /** In a job: folds lines into the snapshot (never the live list) and says how to swap the result in. */
    @FunctionalInterface
    public interface Fold {
        /** @return on the FX thread, puts the result in; false (and nothing changed) if the timeline moved on */
        BooleanSupplier fold(List<AuditTrail.Event> lines);
    }

    private record Read(PotLogReader.Update update, List<AuditTrail.Event> lines) {}

    /** No host logs (a journal window without hosts). */
    public static HostLogs none() {
        return new HostLogs(List.of(), null, Clock.systemUTC());
    }

    private final Map<String, PotLogReader> readers = new LinkedHashMap<>();
    private final Background background;
    private final Clock clock;
    private final Set<String> inFlight = new HashSet<>();
    private final ObservableList<HostLogSource> sources = FXCollections.observableArrayList();

    public HostLogs(List<Host> hosts, Background background, Clock clock) {
        this.background = background;
        this.clock = clock;
        for (Host h : hosts) {
            readers.put(h.name(), new PotLogReader(h.runner()));
            sources.add(HostLogSource.pending(h.name()));
        }
    }

    public List<String> hostNames() {
        return List.copyOf(readers.keySet());
    }

    /** What is known of each host's log, in host order (FX thread). */
    public ObservableList<HostLogSource> sources() {
        return sources;
    }

    /** Reads every host's new lines and folds them into {@code trail}, each off the FX thread. */
    void readAll(Trail trail) {
        readers.forEach((host, reader) -> {
            if (!inFlight.add(host)) {
                return;
            }
            background.run(
                    "pot log of " + host,
                    ctx -> {
                        PotLogReader.Update u = reader.read(clock.instant(), ctx.cancellation());
                        return new Read(
                                u,
                                u.lines().stream()
                                        .map(l -> AuditTrail.of(host, l))
                                        .toList());
                    },
                    read -> {
                        set(HostLogSource.of(host, read.update()));
                        fold(host, read.lines(), trail);
                    },
                    failure -> {
                        inFlight.remove(host);
                        set(HostLogSource.failed(host, String.valueOf(failure.getMessage())));
                    });
        });
    }

    /**
     * Folds a host's lines into the timeline as it is now; if the timeline changed before the result is swapped in (a
     * new command, another host's lines) the fold is done again against the new one, so nothing is lost.
     */
    private void fold(String host, List<AuditTrail.Event> lines, Trail trail) {
        if (lines.isEmpty()) {
            inFlight.remove(host);
            return;
        }
        Fold snapshot = trail.snapshot();
        background.run(
                "journal: pot log of " + host,
                ctx -> snapshot.fold(lines),
                swap -> {
                    if (swap.getAsBoolean()) {
                        inFlight.remove(host);
                    } else {
                        fold(host, lines, trail);
                    }
                },
                failure -> inFlight.remove(host));
    }

    private void set(HostLogSource s) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).host().equals(s.host())) {
                sources.set(i, s);
            }
        }
    }
}
