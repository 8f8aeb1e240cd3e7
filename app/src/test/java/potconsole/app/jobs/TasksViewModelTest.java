package potconsole.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.job.JobRunner;

class TasksViewModelTest {
    private final potconsole.app.dialog.RecordingDialogs dialogs = new potconsole.app.dialog.RecordingDialogs();
    private final List<String> refreshed = new ArrayList<>();
    private final TasksViewModel tasks =
            new TasksViewModel(JobRunner.inline(), Clock.systemUTC(), dialogs, h -> refreshed.add(h.name()));

    @Test
    void aTaskKeepsItsOutputAndOutcome() {
        List<String> results = new ArrayList<>();
        TaskItem ok = tasks.run(
                "export web",
                "Sandbox",
                ctx -> {
                    ctx.phase("compress");
                    ctx.bytes(512, 2048);
                    ctx.output("line 1", false);
                    return "done";
                },
                results::add,
                e -> results.add("failed"));
        assertThat(ok.stateProperty().get()).isEqualTo(TaskItem.State.SUCCEEDED);
        assertThat(ok.output()).containsExactly("line 1");
        assertThat(ok.phaseProperty().get()).isEqualTo("compress");
        assertThat(ok.transferProperty().get()).startsWith("512 B of 2.0 KiB");
        assertThat(results).containsExactly("done");

        TaskItem failed = tasks.<String>run(
                "start batch",
                "Sandbox",
                ctx -> {
                    throw new IllegalStateException("batch reported application error");
                },
                results::add,
                e -> results.add("failed: " + e.getMessage()));
        assertThat(failed.stateProperty().get()).isEqualTo(TaskItem.State.FAILED);
        assertThat(failed.messageProperty().get()).isEqualTo("batch reported application error");

        TaskItem cancelled = tasks.<String>run(
                "cancelled",
                "Sandbox",
                ctx -> {
                    throw new ExecCancelledException("cancelled");
                },
                results::add,
                e -> results.add("should not be told"));
        assertThat(cancelled.stateProperty().get()).isEqualTo(TaskItem.State.CANCELLED);
        assertThat(results).hasSize(2);
        assertThat(tasks.runningCount().get()).isZero();
        tasks.clearFinished();
        assertThat(tasks.tasks()).isEmpty();
    }

    @Test
    void transferTextIsHonestAboutWhatIsKnown() {
        assertThat(Transfer.describe(0, -1, Duration.ofSeconds(5))).isEmpty();
        assertThat(Transfer.describe(10 * 1048576L, -1, Duration.ofSeconds(5))).isEqualTo("10 MiB · 2.0 MiB/s");
        assertThat(Transfer.describe(10 * 1048576L, 40 * 1048576L, Duration.ofSeconds(5)))
                .isEqualTo("10 MiB of 40 MiB · 2.0 MiB/s · about 15 s left");
        assertThat(Transfer.describe(1000, 4000, Duration.ofMillis(200)))
                .as("no rate before a second")
                .isEqualTo("1000 B of 3.9 KiB");
    }

    /** The one way to run a job on a host: the failure shown with pot's words, the host read again either way. */
    @Test
    void aJobOnAHostShowsItsFailureAndRereadsTheHost() {
        potconsole.app.state.HostEntry host = new potconsole.app.state.HostEntry(
                "fbsd1",
                false,
                new potconsole.engine.service.PotService(
                        potconsole.engine.sandbox.SandboxHost.demoForTests(Clock.systemUTC()),
                        potconsole.engine.exec.Privilege.NONE));
        List<String> results = new ArrayList<>();
        tasks.run(host, "pot start web", ctx -> "started", results::add);
        assertThat(results).containsExactly("started");
        assertThat(refreshed).containsExactly("fbsd1");
        tasks.<String>run(host, "pot stop web", ctx -> {
            throw new IllegalStateException("pot stop web: pot web is not running");
        });
        assertThat(dialogs.shown).singleElement().asString().contains("pot web is not running");
        assertThat(refreshed).containsExactly("fbsd1", "fbsd1");
        // A cancelled job may have changed the host too (a rollback, a temporary pot destroyed): read it again.
        tasks.<String>run(host, "build image", ctx -> {
            throw new ExecCancelledException("cancelled");
        });
        assertThat(dialogs.shown).hasSize(1);
        assertThat(refreshed).containsExactly("fbsd1", "fbsd1", "fbsd1");
        assertThat(tasks.busyHosts()).isEmpty();
    }

    @Test
    void aRunningTasksElapsedTimeMovesWithTheClock() {
        java.time.Instant t0 = java.time.Instant.parse("2026-12-05T10:00:00Z");
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(t0);
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now.get();
            }
        };
        potconsole.engine.job.JobRunner never = new potconsole.engine.job.JobRunner() {
            @Override
            public java.util.concurrent.Executor callbackExecutor() {
                return Runnable::run;
            }

            @Override
            public <T> potconsole.engine.job.JobHandle<T> submit(
                    String title, potconsole.engine.job.Job<T> job, potconsole.engine.job.JobListener listener) {
                return new potconsole.engine.job.JobHandle<>(
                        title,
                        potconsole.engine.job.JobContext.detached(),
                        new java.util.concurrent.CompletableFuture<>());
            }
        };
        TasksViewModel ticking = new TasksViewModel(never, clock, dialogs, h -> {});
        TaskItem t = ticking.run("pot term web", "Sandbox", ctx -> 0, v -> {}, e -> {});
        assertThat(t.elapsed()).isZero();
        now.set(t0.plusSeconds(75));
        ticking.tick();
        assertThat(t.elapsed()).isEqualTo(Duration.ofSeconds(75));
        assertThat(TaskItem.describe(t.elapsed())).isEqualTo("1 min 15 s");
        assertThat(ticking.busyHosts()).containsExactly("Sandbox");
    }
}
