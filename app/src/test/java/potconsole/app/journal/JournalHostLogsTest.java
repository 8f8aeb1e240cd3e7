package potconsole.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.audit.AuditTrail;
import potconsole.engine.audit.HostLogSource;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;
import potconsole.engine.journal.JournalingRunner;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.sandbox.SandboxSyslog;

/**
 * The journal window's model with two sandbox hosts' pot logs, without a toolkit (reads run inline): the console's
 * commands and the hosts' lines in one list, the console's own command once, filters by host and pot, what each
 * host's log is (or the line to add), and the JSON export.
 */
class JournalHostLogsTest {
    /** The journaling runner stamps entries with the real time: the sandbox's clock is set to it. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Journal journal = Journal.inMemory();
    private final SandboxHost alpha = SandboxHost.recordedHost(clock);
    private final SandboxHost beta = SandboxHost.recordedHost(clock);

    /** Runs the job at once on this thread, like the inline job runner of the other view-model tests. */
    private static final HostLogs.Background INLINE = new HostLogs.Background() {
        @Override
        public <T> void run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(job.run(JobContext.detached()));
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }
    };

    /**
     * Jobs wait until {@link #runNext}; each then runs on a worker thread and its callback on the test's thread, which
     * plays the FX thread.
     */
    private static final class Deferred implements HostLogs.Background {
        private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "job"));
        private final Deque<Runnable> pending = new ArrayDeque<>();

        @Override
        public <T> void run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            pending.add(() -> {
                T value;
                try {
                    value = worker.submit(() -> job.run(JobContext.detached())).get();
                } catch (ExecutionException e) {
                    onFailure.accept(e.getCause());
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                onSuccess.accept(value);
            });
        }

        void runNext() {
            assertThat(pending).as("a job waiting").isNotEmpty();
            pending.poll().run();
        }
    }

    private final Deferred deferred = new Deferred();
    /** The threads the view-model's fold ran on. */
    private final List<String> foldThreads = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopWorker() {
        deferred.worker.shutdownNow();
    }

    /** A model whose jobs wait for {@link Deferred#runNext} and whose fold notes its thread. */
    private JournalViewModel deferredModel() {
        HostLogs logs = new HostLogs(List.of(new HostLogs.Host("beta", beta)), deferred, clock);
        return new JournalViewModel(journal, Runnable::run, logs, (timeline, lines) -> {
            foldThreads.add(Thread.currentThread().getName());
            return AuditTrail.fold(timeline, lines);
        });
    }

    private JournalViewModel model() {
        HostLogs logs = new HostLogs(
                List.of(
                        new HostLogs.Host("alpha", new JournalingRunner(alpha, journal, "alpha")),
                        new HostLogs.Host("beta", beta)),
                INLINE,
                clock);
        return new JournalViewModel(journal, Runnable::run, logs);
    }

    private static void run(SandboxHost on, String... argv) {
        on.run(ExecRequest.of(argv), new CapturingListener());
    }

    @Test
    void consoleCommandsAndHostLinesMergeAndFilterByHostAndPot() {
        SandboxSyslog.of(alpha).keep();
        SandboxSyslog.of(beta).keep();
        JournalViewModel model = model();
        new JournalingRunner(alpha, journal, "alpha") // as PotService sends a change: needing root
                .run(
                        ExecRequest.of(List.of("pot", "create", "-p", "web", "-b", "13.2", "-t", "single"), true),
                        new CapturingListener());
        SandboxSyslog.of(alpha).append(Instant.now().plusSeconds(60), "start web");
        run(beta, "pot", "create", "-p", "db", "-b", "13.2", "-t", "single");

        model.readHostLogs();

        assertThat(model.shown())
                .extracting(JournalViewModel::origin, AuditTrail.Event::commandLine)
                .containsExactly(
                        tuple("host log", "pot start web"),
                        tuple("console + host log", "pot create -p web -b 13.2 -t single"),
                        tuple("host log", "pot create -p db -b 13.2 -t single"));
        model.hostProperty().set("beta");
        assertThat(model.shown()).extracting(AuditTrail.Event::pot).containsExactly(Optional.of("db"));
        model.hostProperty().set(JournalViewModel.ALL);
        model.potProperty().set("web");
        assertThat(model.shown()).hasSize(2);
        assertThat(model.potChoices()).containsExactly(JournalViewModel.ALL, "db", "web");
        assertThat(model.hostChoices()).containsExactly(JournalViewModel.ALL, "alpha", "beta");
    }

    @Test
    void aHostThatKeepsPotsLinesNowhereSaysWhatToAdd() {
        SandboxSyslog.of(alpha).keep();
        JournalViewModel model = model();
        model.readHostLogs();

        assertThat(model.sources())
                .extracting(HostLogSource::describe)
                .containsExactly("alpha: /var/log/pot.log", "beta: " + HostLogSource.notKept());
        assertThat(HostLogSource.notKept())
                .contains("local2.info /var/log/pot.log", "/usr/local/etc/syslog.d/pot.conf");
    }

    @Test
    void onlyNewLinesArriveAtTheNextRead() {
        SandboxSyslog.of(beta).keep();
        JournalViewModel model = model();
        run(beta, "pot", "create", "-p", "db", "-b", "13.2", "-t", "single");
        model.readHostLogs();
        run(beta, "pot", "start", "db");
        model.readHostLogs();
        model.readHostLogs();

        assertThat(model.shown())
                .extracting(AuditTrail.Event::commandLine)
                .containsExactly("pot start db", "pot create -p db -b 13.2 -t single");
    }

    @Test
    void theFoldRunsInAJobAndTheFxThreadOnlySwapsTheFoldedListIn() {
        SandboxSyslog.of(beta).keep();
        run(beta, "pot", "create", "-p", "db", "-b", "13.2", "-t", "single");
        JournalViewModel model = deferredModel();
        model.changesOnlyProperty().set(false);
        model.readHostLogs();

        deferred.runNext(); // the read
        assertThat(model.shown()).isEmpty();
        assertThat(foldThreads).isEmpty();
        deferred.runNext(); // the fold, then the swap

        assertThat(foldThreads).containsExactly("job");
        assertThat(Thread.currentThread().getName()).isNotEqualTo("job");
        assertThat(model.shown())
                .extracting(AuditTrail.Event::commandLine)
                .containsExactly("pot create -p db -b 13.2 -t single");
        assertThat(model.potChoices()).containsExactly(JournalViewModel.ALL, "db");
    }

    @Test
    void aCommandRecordedWhileTheFoldRunsIsKeptAndTheLinesFoldedAgain() {
        SandboxSyslog.of(beta).keep();
        SandboxSyslog.of(beta).append(NOW.minusSeconds(60), "start db");
        JournalViewModel model = deferredModel();
        model.readHostLogs();
        deferred.runNext(); // the read; the fold job takes its snapshot now

        journal.record(new JournalEntry(NOW, "alpha", "ops", "pot stop web", true, 0, Duration.ofMillis(5), List.of()));
        deferred.runNext(); // that fold is stale: not swapped in, folded again
        assertThat(model.shown()).extracting(AuditTrail.Event::commandLine).containsExactly("pot stop web");
        deferred.runNext();

        assertThat(foldThreads).containsExactly("job", "job");
        assertThat(model.shown())
                .extracting(JournalViewModel::origin, AuditTrail.Event::commandLine)
                .containsExactly(tuple("console", "pot stop web"), tuple("host log", "pot start db"));
        assertThat(deferred.pending).isEmpty();
    }

    @Test
    void theJsonExportHasStableKeysAndMasksSecrets(@TempDir Path dir) throws Exception {
        SandboxSyslog.of(beta).keep();
        JournalViewModel model = model();
        journal.record(new JournalEntry(
                NOW,
                "alpha",
                "ops",
                "pot set-env -p web -E API_TOKEN=canary-1",
                true,
                0,
                Duration.ofMillis(12),
                List.of()));
        SandboxSyslog.of(beta).append(NOW.plusSeconds(1), "set-env -p db -E DB_PASSWORD=canary-2");
        model.readHostLogs();

        model.exportJson(dir.resolve("j.json"));
        model.exportCsv(dir.resolve("j.csv"));

        String json = Files.readString(dir.resolve("j.json"));
        assertThat(json).doesNotContain("canary");
        assertThat(Files.readString(dir.resolve("j.csv")))
                .doesNotContain("canary")
                .contains("host log");
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("hosts").get(1).get("pot-log").asText()).isEqualTo("/var/log/pot.log");
        JsonNode top = root.get("events").get(0);
        assertThat(List.copyOf(iterable(top.fieldNames())))
                .containsExactly(
                        "time",
                        "host",
                        "origin",
                        "who",
                        "pot",
                        "command",
                        "changes-state",
                        "exit-code",
                        "duration-ms",
                        "in-host-log",
                        "output-tail");
        assertThat(top.get("origin").asText()).isEqualTo("host log");
        assertThat(top.get("exit-code").isNull()).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("j.json", "j.csv");
        }
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
