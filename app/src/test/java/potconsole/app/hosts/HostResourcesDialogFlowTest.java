package potconsole.app.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.command.CreateFscompCommand;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.command.SnapshotTarget;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The resources dialog (headless): Clone… needs a selected fscomp, and the clone appears in the open dialog's list. */
@ExtendWith(ApplicationExtension.class)
class HostResourcesDialogFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void cloneAFscompFromTheDialogAndSeeItListed(FxRobot robot) {
        HostEntry host =
                new HostEntry("Sandbox", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
        host.service().execute(new CreateFscompCommand("data"));
        host.service().execute(new SnapshotCommand(SnapshotTarget.fscomp("data"), false));
        RecordingDialogs dialogs = new RecordingDialogs();
        HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
        TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
        robot.interact(() -> poller.refresh(host));
        HostResourcesDialog[] dialog = new HostResourcesDialog[1];
        robot.interact(() -> {
            dialog[0] = HostResourcesDialog.following(
                    stage,
                    host,
                    HostResourcesViewModel.forHost(host, host.inventory().orElseThrow(), tasks, dialogs));
            dialog[0].show();
        });
        ListView<String> list = robot.lookup("#fscomp-list").queryAs(ListView.class);
        Button clone = robot.lookup("#clone-fscomp").queryButton();
        assertThat(list.getItems()).contains("data").doesNotContain("data-copy");
        assertThat(clone.isDisabled()).as("nothing selected yet").isTrue();

        robot.interact(() -> list.getSelectionModel().select("data"));
        assertThat(clone.isDisabled()).isFalse();
        dialogs.answer = "data-copy";
        robot.interact(clone::fire);

        assertThat(dialogs.shown.get(1)).contains("pot clone-fscomp -F data -f data-copy");
        assertThat(list.getItems()).as("the host's next read").contains("data", "data-copy");
        robot.interact(() -> dialog[0].close());
    }
}
