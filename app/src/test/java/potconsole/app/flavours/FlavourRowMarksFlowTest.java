package potconsole.app.flavours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import potconsole.app.dialog.FieldChecks;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.flavour.FlavourCommand;
import potconsole.engine.flavour.FlavourLine;
import potconsole.engine.job.JobRunner;

/**
 * A flavour row's fields carry the linter's error on that line (pot's rules), with the message on hover, and lose it
 * when the row is fixed; an add-dep row offers the host's pots as the name is typed.
 */
@ExtendWith(ApplicationExtension.class)
class FlavourRowMarksFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final FlavourEditorViewModel model = new FlavourEditorViewModel(
            new TasksViewModel(JobRunner.inline(), CLOCK, new RecordingDialogs(), h -> {}),
            new RecordingDialogs(),
            r -> {});

    @Start
    void start(Stage stage) {
        model.newFromTemplate(Optional.empty(), "web");
        model.add(FlavourLine.of(FlavourCommand.SET_RSS, List.of("-C", "2")));
        model.add(FlavourLine.of(FlavourCommand.SET_ENV, List.of("-E", "NAME=value")));
        model.add(FlavourLine.of(FlavourCommand.ADD_DEP, List.of("-P", "db")));
        HostNames names = new HostNames(() -> List.of("db", "web", "web-staging", "batch"), List::of);
        stage.setScene(new Scene(new FlavourCommandsTab(model, names), 1000, 400));
        stage.show();
    }

    private static void retype(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        // Off the field, so a mark's tooltip does not open over it while typing.
        robot.moveBy(0, 250);
        robot.interact(field::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aWrongEnvRowIsMarkedWithTheLintersMessageAndClearedWhenFixed(FxRobot robot) {
        TextField env = robot.lookup("#row-env").queryAs(TextField.class);
        assertThat(FieldChecks.marked(env)).isFalse();

        retype(robot, env, "1BAD=x");

        assertThat(model.commandTextProperty().get()).contains("set-env -E 1BAD=x");
        assertThat(model.findings()).anyMatch(f -> f.line() == 2);
        env = robot.lookup("#row-env").queryAs(TextField.class);
        assertThat(FieldChecks.marked(env)).isTrue();
        assertThat(env.getTooltip().getText()).contains("1BAD");
        TextField rss = robot.lookup("#row-rss-value").queryAs(TextField.class);
        assertThat(FieldChecks.marked(rss)).as("only the wrong row is marked").isFalse();

        retype(robot, env, "GOOD=x");
        assertThat(FieldChecks.marked(env)).isFalse();
    }

    @Test
    void anAddDepRowOffersTheHostsPotsAsTyped(FxRobot robot) throws Exception {
        TextField dep = robot.lookup("#row-dep").queryAs(TextField.class);

        retype(robot, dep, "web");

        // The suggestions are worked out off the FX thread for each key, then shown in a popup window.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offered(robot).equals(List.of("web", "web-staging")));
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dep.getText()).isEqualTo("web-staging");
        assertThat(model.commandTextProperty().get()).contains("add-dep -P web-staging");
    }

    private static List<String> offered(FxRobot robot) {
        return robot.lookup(".auto-complete-popup .list-view")
                .tryQuery()
                .map(n -> ((ListView<?>) n)
                        .getItems().stream().map(Object::toString).toList())
                .orElse(List.of());
    }
}
