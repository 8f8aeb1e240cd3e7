package potconsole.app.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import potconsole.app.images.ExportImageDialog;
import potconsole.app.images.ExportImageViewModel;
import potconsole.app.images.ImportImageDialog;
import potconsole.app.images.ImportImageViewModel;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.nomad.NomadJobViewModel;
import potconsole.app.nomad.NomadJobWindow;
import potconsole.app.pots.PotDetailsView;
import potconsole.app.pots.PotDetailsViewModel;
import potconsole.app.pots.PotRow;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.nomad.NomadJob;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/**
 * The one validation look on the other forms (headless): import, export, the details' env and ports rows and the
 * Nomad job form mark the field whose value the engine refuses, with its message on hover and in the form's problem
 * line, and clear the mark when the value is fixed.
 */
@ExtendWith(ApplicationExtension.class)
class FormMarksFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final HostEntry host =
            new HostEntry("Sandbox", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));
    private final TasksViewModel tasks =
            new TasksViewModel(JobRunner.inline(), CLOCK, new RecordingDialogs(), poller::refresh);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        poller.refresh(host);
        stage.setScene(new Scene(new StackPane(), 900, 700));
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

    private static void set(FxRobot robot, TextInputControl field, String text) {
        robot.interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PotRow web() {
        return pots.allRows().stream()
                .filter(r -> r.name().equals("web"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theImportFormMarksTheTagAndTheUrlItsOwnRulesRefuse(FxRobot robot) {
        ImportImageDialog dialog = open(
                robot,
                () -> new ImportImageDialog(
                        stage, new ImportImageViewModel(host, pots, tasks, new RecordingDialogs())));
        TextInputControl pot = robot.lookup("#import-pot").queryAs(TextInputControl.class);
        TextInputControl tag = robot.lookup("#import-tag").queryAs(TextInputControl.class);
        TextInputControl url = robot.lookup("#import-url").queryAs(TextInputControl.class);
        set(robot, pot, "web");
        set(robot, tag, "1 0");
        set(robot, url, "ssh://registry/pots");

        assertThat(FieldChecks.marked(pot)).isFalse();
        assertThat(FieldChecks.marked(tag)).isTrue();
        assertThat(FieldChecks.marked(url)).isTrue();
        assertThat(url.getTooltip().getText()).contains("file://, http://, https:// or ftp://");
        String problem = robot.lookup("#import-problem").queryLabeled().getText();
        assertThat(problem).isEqualTo(tag.getTooltip().getText());

        set(robot, tag, "1.0");
        set(robot, url, "https://registry.example.org/pots");
        assertThat(FieldChecks.marked(tag)).isFalse();
        assertThat(FieldChecks.marked(url)).isFalse();
        assertThat(dialog.checks().invalidProperty().get()).isFalse();
        assertThat(robot.lookup("#import-problem").queryLabeled().getText()).isEmpty();
        robot.interact(dialog::close);
    }

    @Test
    void theExportFormMarksARelativeDirectoryAndATagPotRefuses(FxRobot robot) {
        ExportImageDialog dialog = open(
                robot,
                () -> new ExportImageDialog(
                        stage, new ExportImageViewModel(web(), pots, tasks, new RecordingDialogs())));
        TextInputControl tag = robot.lookup("#export-tag").queryAs(TextInputControl.class);
        TextInputControl dir = robot.lookup("#export-dir").queryAs(TextInputControl.class);
        set(robot, tag, "2.0");
        set(robot, dir, "exports");

        assertThat(FieldChecks.marked(dir)).isTrue();
        assertThat(FieldChecks.marked(tag)).isFalse();
        assertThat(dir.getTooltip().getText())
                .isEqualTo(robot.lookup("#export-problem").queryLabeled().getText());

        set(robot, dir, "/var/exports");
        set(robot, tag, "-2");
        assertThat(FieldChecks.marked(dir)).isFalse();
        assertThat(FieldChecks.marked(tag)).isTrue();

        set(robot, tag, "2.1");
        assertThat(dialog.checks().invalidProperty().get()).isFalse();
        robot.interact(dialog::close);
    }

    @Test
    void theDetailsMarkAWrongEnvLineAndAWrongPortSpecAsTyped(FxRobot robot) {
        PotDetailsViewModel details = new PotDetailsViewModel(tasks, new RecordingDialogs());
        robot.interact(() -> {
            stage.getScene().setRoot(new PotDetailsView(details));
            details.selectedProperty().set(Optional.of(web()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl env = robot.lookup("#pot-env").queryAs(TextInputControl.class);
        TextInputControl ports = robot.lookup("#export-ports").queryAs(TextInputControl.class);

        set(robot, env, "GOOD=1\nnot an assignment");
        set(robot, ports, "tcp:80:8080 http");
        assertThat(FieldChecks.marked(env)).isTrue();
        assertThat(env.getTooltip().getText()).contains("not an assignment");
        assertThat(FieldChecks.marked(ports)).isTrue();
        assertThat(ports.getTooltip().getText()).contains("http");

        set(robot, env, "GOOD=1\nALSO=2");
        set(robot, ports, "tcp:80:8080 443");
        assertThat(FieldChecks.marked(env)).isFalse();
        assertThat(FieldChecks.marked(ports)).isFalse();
        // Nothing was sent by typing: the pot's environment is as it was.
        assertThat(web().pot().env()).noneMatch(v -> v.name().equals("ALSO"));
    }

    @Test
    void theNomadFormMarksTheParameterTheCheckNames(FxRobot robot) {
        NomadJobViewModel model =
                new NomadJobViewModel(NomadJob.forImage("https://registry.example.org/pots", "web", "1.0"));
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = NomadJobWindow.open(stage, model, new RecordingDialogs()));
        TextInputControl tag = robot.lookup("#nomad-tag").queryAs(TextInputControl.class);
        TextInputControl command = robot.lookup("#nomad-command").queryAs(TextInputControl.class);
        assertThat(FieldChecks.marked(tag)).isFalse();

        set(robot, tag, "");
        set(robot, command, "nginx -g daemon");
        assertThat(FieldChecks.marked(tag)).isTrue();
        assertThat(tag.getTooltip().getText()).contains("pot prepare -t");
        assertThat(FieldChecks.marked(command)).isTrue();
        assertThat(robot.lookup("#nomad-problems").queryLabeled().getText())
                .contains("tag: " + tag.getTooltip().getText());

        set(robot, tag, "1.1");
        set(robot, command, "nginx");
        assertThat(FieldChecks.marked(tag)).isFalse();
        assertThat(FieldChecks.marked(command)).isFalse();
        robot.interact(window[0]::close);
    }
}
