package potconsole.app.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import potconsole.app.main.Console;
import potconsole.app.testkit.FxWait;
import potconsole.engine.build.ImageBuild;
import potconsole.engine.command.ListCommand;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** "Build image…" by clicking, headless: the README's recipe built on the sandbox from the registry browser; cancel. */
@ExtendWith(ApplicationExtension.class)
class BuildFlowTest {
    @TempDir
    static Path dir;

    private SandboxHost sandbox;
    private Path recipe;

    @Start
    void start(Stage stage) {
        sandbox = SandboxHost.demoForTests(Clock.systemUTC());
        Console console = new Console(stage, Journal.inMemory());
        stage.setScene(console.build(sandbox, new HostStore(dir.resolve("hosts.json"))));
        stage.show();
    }

    @BeforeEach
    void copyTheReadmeExample() throws IOException {
        Path recipeDir = Files.createTempDirectory(dir, "recipe");
        try (Stream<Path> files = Files.list(Path.of("../docs/examples/nginx-test"))) {
            for (Path f : files.toList()) {
                Files.copy(f, recipeDir.resolve(f.getFileName()));
            }
        }
        recipe = recipeDir.resolve("nginx-test.potbuild");
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        FxWait.until(what, Duration.ofSeconds(60), condition);
    }

    private void openFromTheRegistryBrowser(FxRobot robot, String level) throws Exception {
        Files.writeString(recipe, Files.readString(recipe).replace("level = 6", "level = " + level));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(
                "the registry window",
                () -> robot.lookup("#registry-build-image").tryQuery().isPresent());
        robot.clickOn("#registry-build-image");
        waitUntil(
                "the build window",
                () -> robot.lookup("#build-recipe-path").tryQuery().isPresent());
        TextField path = robot.lookup("#build-recipe-path").queryAs(TextField.class);
        robot.interact(() -> {
            path.setText(recipe.toString());
            path.fireEvent(new ActionEvent());
        });
        assertThat(robot.lookup("#build-recipe-text").queryTextInputControl().getText())
                .contains("flavour = nginx-test-cmd");
    }

    private static BuildPhaseRow.State state(ListView<BuildPhaseRow> phases, String phase) {
        return phases.getItems().stream()
                .filter(r -> r.name().equals(phase))
                .findFirst()
                .orElseThrow()
                .stateProperty()
                .get();
    }

    private boolean buildPotLeft() {
        return new PotService(sandbox, Privilege.NONE)
                .names(ListCommand.Kind.POTS).stream().anyMatch(n -> n.contains("-build-"));
    }

    private boolean published() throws IOException {
        return sandbox.files().orElseThrow().list("/tmp/images").stream()
                .anyMatch(e -> e.name().startsWith("nginx-test_1.0"));
    }

    @Test
    void theReadmeRecipeBuildsPhaseByPhase(FxRobot robot) throws Exception {
        openFromTheRegistryBrowser(robot, "1");
        robot.clickOn("#build-run");

        waitUntil(
                "the build ends",
                () -> robot.lookup("#build-status").queryLabeled().getText().startsWith("built "));
        ListView<BuildPhaseRow> phases = robot.lookup("#build-phases").queryListView();
        for (String phase : ImageBuild.PHASES) {
            assertThat(state(phases, phase)).as(phase).isEqualTo(BuildPhaseRow.State.DONE);
        }
        ListView<String> output = robot.lookup("#build-output").queryListView();
        assertThat(output.getItems()).anyMatch(l -> l.contains("nginx.conf test is successful"));
        assertThat(published()).isTrue();
        assertThat(buildPotLeft()).isFalse();
    }

    @Test
    void cancelDuringTheExportLeavesNothing(FxRobot robot) throws Exception {
        openFromTheRegistryBrowser(robot, "9");
        robot.clickOn("#build-run");
        ListView<BuildPhaseRow> phases = robot.lookup("#build-phases").queryListView();
        waitUntil("the export runs", () -> state(phases, ImageBuild.EXPORT) == BuildPhaseRow.State.RUNNING);

        robot.clickOn("#build-cancel");

        waitUntil(
                "the build is cancelled",
                () -> robot.lookup("#build-status").queryLabeled().getText().startsWith("Cancelled"));
        assertThat(state(phases, ImageBuild.EXPORT)).isEqualTo(BuildPhaseRow.State.CANCELLED);
        assertThat(state(phases, ImageBuild.PUBLISH)).isEqualTo(BuildPhaseRow.State.WAITING);
        assertThat(published()).isFalse();
        assertThat(buildPotLeft()).isFalse();
    }

    @Test
    void theFlavourEditorOffersTheBuildToo(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(
                "the flavour editor",
                () -> robot.lookup("#flavour-build-image").tryQuery().isPresent());
        Button offered = robot.lookup("#flavour-build-image").queryButton();
        assertThat(offered.isVisible()).isTrue();
        robot.interact(offered::fire);
        waitUntil(
                "the build window",
                () -> robot.lookup("#build-phases").tryQuery().isPresent());
        // Both hidden here, as the console's flow test hides the editor (it asks before closing an unsaved flavour).
        Window build = robot.lookup("#build-phases").query().getScene().getWindow();
        robot.interact(build::hide);
        robot.interact(() -> offered.getScene().getWindow().hide());
    }
}
