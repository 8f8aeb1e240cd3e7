package potconsole.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.images.ExportImageViewModel;
import potconsole.app.pots.PotRow;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/**
 * A long job that ends while the console's window is not focused shows a desktop notification naming it; clicking
 * it opens the task. A short action does not notify, nor does a long one the person is watching.
 */
@ExtendWith(ApplicationExtension.class)
class TaskNotificationsFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final HostEntry host =
            new HostEntry("Sandbox", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
    private final PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final TasksViewModel tasks =
            new TasksViewModel(JobRunner.inline(), CLOCK, new RecordingDialogs(), poller::refresh);
    private final List<TaskItem> opened = new ArrayList<>();
    private Stage console;
    private Stage other;
    private boolean watched = true;
    private TaskNotifications notifications;

    @Start
    void start(Stage stage) {
        console = stage;
        stage.setTitle("console");
        stage.setScene(new Scene(new StackPane(new Label("console")), 400, 300));
        stage.show();
        notifications = TaskNotifications.install(tasks, stage, () -> watched, opened::add);
    }

    private PotRow web() {
        poller.refresh(host);
        return pots.allRows().stream()
                .filter(r -> r.name().equals("web"))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Another window of the desktop takes the focus from the console. Monocle does not model focus (every window
     * reports itself focused), so the console's "watched" test is told here; the desktop check under Xvfb and openbox
     * covers the window's real focus.
     */
    private void lookAway(FxRobot robot) {
        robot.interact(() -> {
            other = new Stage();
            other.setScene(new Scene(new StackPane(new Label("another application")), 200, 100));
            other.show();
        });
        watched = false;
    }

    private List<Node> notificationsOnScreen(FxRobot robot) {
        List<Node> bars = new ArrayList<>();
        for (Window w : robot.listWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                bars.addAll(w.getScene().getRoot().lookupAll(".notification-bar"));
            }
        }
        return bars;
    }

    @Test
    void anExportThatFinishesWhileTheWindowIsUnfocusedIsNotifiedAndTheNotificationOpensTheTask(FxRobot robot)
            throws Exception {
        ExportImageViewModel export = new ExportImageViewModel(web(), pots, tasks, new RecordingDialogs());
        robot.interact(() -> export.tagProperty().set("2.0"));
        lookAway(robot);

        Optional<TaskItem>[] task = new Optional[1];
        robot.interact(() -> task[0] = export.export());

        TaskItem t = task[0].orElseThrow();
        assertThat(t.stateProperty().get()).isEqualTo(TaskItem.State.SUCCEEDED);
        assertThat(notifications.shown()).containsExactly(t);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !notificationsOnScreen(robot).isEmpty());
        Node bar = notificationsOnScreen(robot).get(0);
        assertThat(bar.lookupAll(".label").stream()
                        .map(n -> ((Label) n).getText())
                        .filter(s -> s != null && s.contains("pot export") && s.contains("-p web")))
                .isNotEmpty();

        robot.clickOn(bar.lookup(".label"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(t);
        robot.interact(other::close);
    }

    @Test
    void shortActionsAndWatchedJobsDoNotNotify(FxRobot robot) throws Exception {
        PotRow web = web();
        lookAway(robot);
        // A start is short: the status bar's notice is enough.
        robot.interact(() -> tasks.run(host, "pot start web", host.service().start(web.name())));
        assertThat(tasks.tasks()).isNotEmpty();
        assertThat(notifications.shown()).isEmpty();
        robot.interact(other::close);

        // The person is watching: the console is focused and the drawer open.
        watched = true;
        ExportImageViewModel export = new ExportImageViewModel(web(), pots, tasks, new RecordingDialogs());
        robot.interact(() -> {
            export.tagProperty().set("3.0");
            export.export();
        });
        assertThat(notifications.shown()).isEmpty();
    }
}
