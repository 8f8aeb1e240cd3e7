package potconsole.app.pots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TaskItem;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.command.StopCommand;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.exec.Tty;
import potconsole.engine.exec.TtyRunner;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** Top (pot top) on the selected pot: the terminal's why-not rule, and pot top -p NAME on the terminal's PTY path. */
class PotTopActionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    /** The sandbox, with every PTY request it is asked for kept for the assertions. */
    private static final class RecordingTtys implements CommandRunner, TtyRunner {
        final SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
        final List<ExecRequest> ttys = new ArrayList<>();

        @Override
        public ExecResult run(ExecRequest request, ExecListener listener) {
            return sandbox.run(request, listener);
        }

        @Override
        public String describe() {
            return sandbox.describe();
        }

        @Override
        public Tty openTty(ExecRequest request, int columns, int rows) {
            ttys.add(request);
            return sandbox.openTty(request, columns, rows);
        }
    }

    private final RecordingTtys runner = new RecordingTtys();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final HostEntry host = new HostEntry("Sandbox", true, new PotService(runner, Privilege.NONE, CLOCK));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));
    private final TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
    private final PotActionsViewModel actions = new PotActionsViewModel(pots, tasks, dialogs);

    private void select(String name) {
        actions.select(
                pots.allRows().stream().filter(r -> r.name().equals(name)).toList());
    }

    @Test
    void topIsRefusedOnAStoppedPotWithTheTerminalsReason() {
        host.service().execute(new StopCommand("nginx"));
        poller.refresh(host);
        select("nginx");
        assertThat(actions.whyNotExec().get()).isNotEmpty().contains("nginx");
        select("web");
        assertThat(actions.whyNotExec().get()).as("web is stopped in the demo").isNotEmpty();
        assertThat(runner.ttys).isEmpty();
    }

    @Test
    void topOpensPotTopOnThePtyAndShowsItInTheTerminalWindow() {
        poller.refresh(host);
        select("nginx");
        assertThat(actions.whyNotExec().get()).isEmpty();
        List<String> shown = new ArrayList<>();
        actions.shell().openTop((title, tty) -> {
            shown.add(title);
            tty.close(); // the person quits top; the task then ends
        });
        assertThat(runner.ttys).singleElement().satisfies(r -> {
            assertThat(r.commandLine()).isEqualTo("pot top -p nginx");
            assertThat(r.argv()).containsExactly("pot", "top", "-p", "nginx");
        });
        assertThat(shown).containsExactly("pot top -p nginx — Sandbox");
        assertThat(tasks.tasks()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("pot top -p nginx — Sandbox");
            assertThat(t.stateProperty().get()).isEqualTo(TaskItem.State.SUCCEEDED);
        });
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void theTerminalStillOpensPotTerm() {
        poller.refresh(host);
        select("nginx");
        actions.shell().openTerminal((title, tty) -> tty.close());
        assertThat(runner.ttys)
                .singleElement()
                .extracting(ExecRequest::commandLine)
                .isEqualTo("pot term nginx");
    }
}
