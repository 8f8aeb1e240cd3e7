package potconsole.app.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import potconsole.app.hosts.AddHostDialog;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.CreatePotDialog;
import potconsole.app.pots.CreatePotViewModel;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.command.CreateBaseCommand;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.NetworkType;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/**
 * The one validation look, by typing (headless): the create and add-host forms mark the field that is wrong with the
 * message the view-model gives, and clear the mark when it is fixed; the base picker filters 500 bases as typed.
 */
@ExtendWith(ApplicationExtension.class)
class FieldChecksFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    private <D extends Dialog<?>> D open(FxRobot robot, Supplier<D> make) {
        Object[] made = new Object[1];
        robot.interact(() -> {
            D d = make.get();
            d.show();
            made[0] = d;
        });
        @SuppressWarnings("unchecked")
        D d = (D) made[0];
        return d;
    }

    private CreatePotDialog openCreate(FxRobot robot, HostEntry host) {
        HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
        poller.refresh(host);
        PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));
        TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, new RecordingDialogs(), poller::refresh);
        CreatePotViewModel model = new CreatePotViewModel(host, pots, tasks, new RecordingDialogs());
        return open(robot, () -> new CreatePotDialog(stage, model));
    }

    private static HostEntry sandbox() {
        return new HostEntry("Sandbox", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
    }

    private static void retype(FxRobot robot, TextField field, String text) {
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCreateFormMarksAWrongNameWithTheProblemAndClearsTheMarkWhenFixed(FxRobot robot) {
        CreatePotDialog dialog = openCreate(robot, sandbox());
        TextField name = robot.lookup("#create-name").queryAs(TextField.class);

        retype(robot, name, "bad.name");

        assertThat(FieldChecks.marked(name)).isTrue();
        String problem = robot.lookup("#create-problem").queryLabeled().getText();
        assertThat(problem).isNotEmpty();
        assertThat(name.getTooltip().getText()).isEqualTo(problem);
        assertThat(dialog.checks().problemOf(name)).contains(problem);

        retype(robot, name, "good_name");

        assertThat(FieldChecks.marked(name)).isFalse();
        assertThat(name.getTooltip()).isNull();
        assertThat(robot.lookup("#create-problem").queryLabeled().getText()).isEmpty();
        robot.interact(dialog::close);
    }

    @Test
    void theCreateFormMarksTheIpFieldWhenTheNetworkRulesRefuseIt(FxRobot robot) {
        CreatePotDialog dialog = openCreate(robot, sandbox());
        TextField name = robot.lookup("#create-name").queryAs(TextField.class);
        TextField ip = robot.lookup("#create-ip").queryAs(TextField.class);
        retype(robot, name, "fresh1");
        ComboBox<NetworkType> network = robot.lookup("#create-network").queryComboBox();
        robot.interact(() -> network.setValue(NetworkType.PUBLIC_BRIDGE));

        retype(robot, ip, "192.168.1.5");
        assertThat(FieldChecks.marked(ip)).isTrue();
        assertThat(FieldChecks.marked(name)).isFalse();
        assertThat(ip.getTooltip().getText()).contains("outside POT_NETWORK");

        retype(robot, ip, "10.192.0.60");
        assertThat(FieldChecks.marked(ip)).isFalse();

        // A change of another field the check reads marks the IP again without touching it.
        ComboBox<String> bridge = robot.lookup("#create-bridge").queryComboBox();
        robot.interact(() -> {
            network.setValue(NetworkType.PRIVATE_BRIDGE);
            bridge.setValue("backend");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FieldChecks.marked(ip)).isTrue();
        assertThat(ip.getTooltip().getText()).contains("outside the bridge's network");
        robot.interact(dialog::close);
    }

    @Test
    void theAddHostFormMarksEachWrongFieldAndClearsItWhenFixed(FxRobot robot) {
        AddHostDialog dialog = open(robot, () -> new AddHostDialog(stage));
        TextField name = robot.lookup("#host-name").queryAs(TextField.class);
        TextField port = robot.lookup("#host-port").queryAs(TextField.class);
        TextField address = robot.lookup("#host-address").queryAs(TextField.class);
        // Empty fields carry no verdict until the form is submitted.
        assertThat(FieldChecks.marked(name)).isFalse();

        retype(robot, name, "web one");
        retype(robot, address, "fbsd1.example.org");
        retype(robot, port, "22x");

        assertThat(FieldChecks.marked(name)).isTrue();
        assertThat(name.getTooltip().getText()).contains("cannot name a host");
        assertThat(FieldChecks.marked(address)).isFalse();
        assertThat(FieldChecks.marked(port)).isTrue();
        assertThat(port.getTooltip().getText()).isEqualTo("The port must be a number");

        retype(robot, name, "web1");
        retype(robot, port, "70000");
        assertThat(FieldChecks.marked(name)).isFalse();
        assertThat(port.getTooltip().getText()).contains("outside 1–65535");

        retype(robot, port, "2222");
        assertThat(FieldChecks.marked(port)).isFalse();
        assertThat(dialog.checks().invalidProperty().get()).isFalse();
        robot.interact(dialog::close);
    }

    @Test
    void theBasePickerFiltersFiveHundredBasesAsTyped(FxRobot robot) {
        HostEntry host = sandbox();
        for (int i = 0; i < 500; i++) {
            host.service().execute(new CreateBaseCommand("13.2", Optional.of("base" + i)));
        }
        CreatePotDialog dialog = openCreate(robot, host);
        ComboBox<String> base = robot.lookup("#create-base").queryComboBox();
        assertThat(base.getItems()).hasSizeGreaterThanOrEqualTo(500);

        robot.clickOn(base);
        robot.write("base42");
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<?> shown = robot.from(base).lookup(".combo-box").queryAll().stream()
                .filter(n -> n != base)
                .map(n -> (ComboBox<?>) n)
                .findFirst()
                .orElseThrow();
        // base42 and base420 … base429
        assertThat(shown.getItems()).hasSize(11).allMatch(b -> b.toString().startsWith("base42"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(base.getValue()).startsWith("base42");
        robot.interact(dialog::close);
    }
}
