package potconsole.app.hosts.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxSetups;
import potconsole.engine.service.PotService;
import potconsole.engine.setup.SetupStep;

/**
 * The wizard by clicking, headless (Monocle), on a sandbox host without pot: every step is shown with its commands,
 * a pot.conf value pot would refuse is refused under its field and blocks the run, and the host ends with a base.
 */
@ExtendWith(ApplicationExtension.class)
class SetupWizardFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T15:00:00Z"), ZoneOffset.UTC);

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private SetupWizardViewModel model;

    @Start
    void start(Stage stage) {
        HostEntry host =
                new HostEntry("fresh", false, new PotService(SandboxSetups.withoutPot(CLOCK), Privilege.NONE, CLOCK));
        HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
        TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
        model = new SetupWizardViewModel(host, tasks, dialogs, CLOCK);
        stage.setScene(new Scene(new SetupWizardView(model), 980, 680));
        stage.show();
        model.check();
    }

    private String commands(FxRobot robot) {
        return robot.lookup("#setup-commands").queryAs(TextArea.class).getText();
    }

    private void run(FxRobot robot, SetupStep expected) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.stepProperty().get()).isEqualTo(expected);
        robot.clickOn("#setup-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#setup-failure").queryAs(Label.class).getText())
                .isEmpty();
    }

    @Test
    void aBareHostIsSetUpByClickingThroughTheSteps(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(commands(robot)).isEqualTo("pkg install -y pot");
        run(robot, SetupStep.INSTALL_POT);
        run(robot, SetupStep.GROUP);

        assertThat(robot.lookup("#conf-POT_EXTIF").queryAs(TextField.class).getText())
                .isEqualTo("vtnet0");
        robot.doubleClickOn("#conf-POT_GATEWAY").write("10.0.0.1");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#problem-POT_GATEWAY").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("inside 10.192.0.0/10");
        assertThat(robot.lookup("#setup-run").queryAs(Button.class).isDisabled())
                .isTrue();
        robot.interact(() -> model.form().field("POT_GATEWAY").set("10.192.0.1"));
        assertThat(problem.isVisible()).isFalse();
        assertThat(commands(robot)).contains("POT_GATEWAY=10.192.0.1");

        for (SetupStep s :
                new SetupStep[] {SetupStep.POT_CONF, SetupStep.KERNEL, SetupStep.INIT, SetupStep.VNET, SetupStep.BASE
                }) {
            run(robot, s);
        }
        assertThat(model.ready()).isTrue();
        assertThat(commands(robot)).isEqualTo("Nothing to run: this step is done.");
        assertThat(dialogs.shown).filteredOn(s -> s.startsWith("confirm:")).hasSize(7);
    }
}
