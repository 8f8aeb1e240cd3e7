package potconsole.app.journal;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
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
 * (at most one in flight per host), the new lines handed back on the FX thread with what is known of each host's log.
 */
public final class HostLogs {
    /** A host whose pot log is read: the console's name for it and its connection. */
    public record Host(String name, CommandRunner runner) {}

    /** Runs a job away from the FX thread and calls back on it ({@code TasksViewModel::quietly}; inline in tests). */
    public interface Background {
        <T> void run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
    }

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

    /** Reads every host's new lines; {@code onLines} gets each host's batch on the FX thread. */
    void readAll(BiConsumer<String, List<AuditTrail.Event>> onLines) {
        readers.forEach((host, reader) -> {
            if (!inFlight.add(host)) {
                return;
            }
            background.run(
                    "pot log of " + host,
                    ctx -> reader.read(clock.instant(), ctx.cancellation()),
                    update -> {
                        inFlight.remove(host);
                        set(HostLogSource.of(host, update));
                        onLines.accept(
                                host,
                                update.lines().stream()
                                        .map(l -> AuditTrail.of(host, l))
                                        .toList());
                    },
                    failure -> {
                        inFlight.remove(host);
                        set(HostLogSource.failed(host, String.valueOf(failure.getMessage())));
                    });
        });
    }

    private void set(HostLogSource s) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).host().equals(s.host())) {
                sources.set(i, s);
            }
        }
    }
}
