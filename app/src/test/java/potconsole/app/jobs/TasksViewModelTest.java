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
    private final TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), Clock.systemUTC());

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
}
