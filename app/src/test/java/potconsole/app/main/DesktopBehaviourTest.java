package potconsole.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import potconsole.app.dialog.FxDialogService;
import potconsole.app.pots.PotRow;
import potconsole.app.testkit.FxWait;
import potconsole.app.theme.WindowPlacement;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.sandbox.SandboxHost;

/**
 * The console as a desktop application (item 6 and 8 of "A truthful console"), headless on Monocle: dialogs keep
 * their buttons, names are shown literally, the task drawer toggles both ways, F2 renames, Esc closes the palette,
 * quitting with a running task asks, the pots table's columns are remembered. The real window manager is checked by
 * .ci/desktop-smoke.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopBehaviourTest {
    @TempDir
    static Path dir;

    private Console console;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        console = new Console(stage, Journal.inMemory());
        stage.setScene(console.build(
                SandboxHost.demoForTests(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC)),
                new HostStore(dir.resolve("hosts.json"))));
        stage.show();
    }

    private Optional<PotRow> row(String name) {
        return console.pots().allRows().stream()
                .filter(r -> r.name().equals(name) && r.host().isSandbox())
                .findFirst();
    }

    private static List<Button> buttons(DialogPane pane) {
        return pane.getButtonTypes().stream()
                .map(pane::lookupButton)
                .map(Button.class::cast)
                .toList();
    }

    /** The node is shown and all of it lies inside its window's scene. */
    private static void assertInsideScene(Node node, String what) {
        Scene scene = node.getScene();
        Bounds b = node.localToScene(node.getBoundsInLocal());
        assertThat(node.isVisible()).as(what + " is visible").isTrue();
        assertThat(b.getMinX()).as(what + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(b.getMinY()).as(what + " top edge").isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX())
                .as(what + " right edge within " + scene.getWidth())
                .isLessThanOrEqualTo(scene.getWidth());
        assertThat(b.getMaxY())
                .as(what + " bottom edge within " + scene.getHeight())
                .isLessThanOrEqualTo(scene.getHeight());
    }

    @Test
    void theCreateDialogKeepsItsButtonsAndWrapsALongNameError(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("nginx").isPresent());
        robot.clickOn("#action-new-pot");
        FxWait.until(
                "the create dialog",
                () -> robot.lookup("#create-name").tryQuery().isPresent());
        TextField name = robot.lookup("#create-name").queryAs(TextField.class);
        String longName =
                "web.frontend.production.example.org-staging-server-number-01-of-the-blue-cluster-in-the-east";
        robot.interact(() -> name.setText(longName));
        WaitForAsyncUtils.waitForFxEvents();

        // The error under the name field (the first of the two that say it; the other is above the buttons).
        Label problem = robot.lookup("#create-dialog .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().contains("is not a valid pot name"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no name error shown"));
        assertInsideScene(problem, "the name error");
        // Wrapped onto more than one line, not cut to "…".
        assertThat(problem.getHeight()).isGreaterThan(problem.getFont().getSize() * 2);
        DialogPane pane = robot.lookup("#create-dialog").queryAs(DialogPane.class);
        assertThat(buttons(pane)).extracting(Button::getText).containsExactlyInAnyOrder("Cancel", "Create");
        for (Button b : buttons(pane)) {
            assertInsideScene(b, "the " + b.getText() + " button");
        }
        assertThat(pane.getScene().getWindow()).matches(w -> ((Stage) w).isResizable(), "resizable");

        robot.type(KeyCode.ESCAPE);
        FxWait.until(
                "Esc closed the create dialog",
                () -> robot.lookup("#create-dialog").tryQuery().isEmpty());
    }

    @Test
    void aConfirmationNamesItsActionAndShowsAnUnderscoreLiterally(FxRobot robot) throws Exception {
        AtomicBoolean destroyed = new AtomicBoolean();
        robot.interact(() -> new FxDialogService(stage)
                .confirm(
                        "Destroy sg-web1_0 on Sandbox?",
                        "Its datasets, files and 0 snapshot(s) are deleted for good.",
                        "Destroy sg-web1_0",
                        () -> destroyed.set(true)));
        FxWait.until(
                "the confirmation",
                () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
        assertThat(buttons(pane)).extracting(Button::getText).containsExactlyInAnyOrder("Cancel", "Destroy sg-web1_0");
        Button go = buttons(pane).stream()
                .filter(b -> b.getText().startsWith("Destroy"))
                .findFirst()
                .orElseThrow();
        assertThat(go.isMnemonicParsing()).isFalse();
        // What is drawn: with mnemonic parsing the '_' disappears and the '0' is underlined ("Destroy sg-web10").
        assertThat(((Text) go.lookup(".text")).getText()).isEqualTo("Destroy sg-web1_0");
        // Enter is safe: the default button is Cancel.
        robot.type(KeyCode.ENTER);
        FxWait.until(
                "Enter closed the confirmation",
                () -> robot.lookup("#confirm-dialog").tryQuery().isEmpty());
        assertThat(destroyed).isFalse();
    }

    private boolean tasksShown(FxRobot robot) {
        return robot.lookup("#tasks")
                .tryQuery()
                .filter(n -> n.getScene() != null && n.isVisible() && ((Region) n).getHeight() > 60)
                .isPresent();
    }

    @Test
    void ctrlJAndViewShowTasksToggleTheTaskDrawerBothWays(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("nginx").isPresent());
        assertThat(tasksShown(robot)).as("the empty task drawer takes no room").isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        FxWait.until("Ctrl+J opened the drawer", () -> tasksShown(robot));
        Region drawer = robot.lookup("#tasks").queryAs(Region.class);
        assertThat(drawer.getHeight()).isLessThan(stage.getScene().getHeight() * 0.4);
        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        FxWait.until("Ctrl+J closed the drawer", () -> !tasksShown(robot));

        robot.clickOn("View").clickOn("Show tasks");
        FxWait.until("View ▸ Show tasks opened the drawer", () -> tasksShown(robot));
        robot.clickOn("View").clickOn("Show tasks");
        FxWait.until("View ▸ Show tasks closed the drawer", () -> !tasksShown(robot));
    }

    @Test
    void f2RenamesThePotSelectedInTheTable(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        TableView<PotRow> table = console.view().potsView().table();
        robot.interact(() -> {
            table.getItems().stream()
                    .filter(r -> r.name().equals("web"))
                    .findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F2);
        FxWait.until(
                "F2 opened the rename prompt",
                () -> robot.lookup("#prompt-field").tryQuery().isPresent());
        assertThat(robot.lookup("#prompt-field").queryTextInputControl().getText())
                .isEqualTo("web");
        robot.type(KeyCode.ESCAPE);
        FxWait.until(
                "Esc closed the prompt",
                () -> robot.lookup("#prompt-field").tryQuery().isEmpty());
    }

    @Test
    void escClosesTheCommandPalette(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        FxWait.until(
                "the palette", () -> robot.lookup("#palette-search").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        FxWait.until(
                "Esc closed the palette",
                () -> robot.lookup("#palette-search").tryQuery().isEmpty());
    }

    @Test
    void quittingWithARunningTaskAsksFirstNamingIt(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> console.tasks()
                .run(
                        "pot start slow",
                        "Sandbox",
                        context -> {
                            release.await(60, TimeUnit.SECONDS);
                            return "done";
                        },
                        v -> {},
                        e -> {}));
        try {
            FxWait.until("the task runs", () -> console.tasks().runningCount().get() == 1);

            robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
            FxWait.until(
                    "Ctrl+Q asks",
                    () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
            DialogPane ask = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
            assertThat(ask.getHeaderText()).isEqualTo("Quit with 1 task running?");
            assertThat(ask.getContentText()).contains("1 task still running", "pot start slow (Sandbox)");
            assertThat(buttons(ask)).extracting(Button::getText).containsExactlyInAnyOrder("Cancel", "Quit");
            assertThat(ask.getButtonTypes()).doesNotContain(ButtonType.OK);
            Button cancel = buttons(ask).stream()
                    .filter(b ->
                            ((ButtonType) ask.getButtonTypes().get(buttons(ask).indexOf(b))).getButtonData()
                                    == ButtonBar.ButtonData.CANCEL_CLOSE)
                    .findFirst()
                    .orElseThrow();
            robot.clickOn(cancel);
            FxWait.until(
                    "the question is gone",
                    () -> robot.lookup("#confirm-dialog").tryQuery().isEmpty());
            assertThat(stage.isShowing()).isTrue();

            // The window manager's close button asks the same.
            robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            FxWait.until(
                    "closing the window asks",
                    () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
            assertThat(robot.lookup("#confirm-dialog").queryAs(DialogPane.class).getHeaderText())
                    .isEqualTo("Quit with 1 task running?");
            robot.type(KeyCode.ESCAPE);
            FxWait.until(
                    "the question is gone",
                    () -> robot.lookup("#confirm-dialog").tryQuery().isEmpty());
            assertThat(stage.isShowing()).isTrue();
        } finally {
            release.countDown();
        }
        FxWait.until("the task ended", () -> console.tasks().runningCount().get() == 0);
    }

    @Test
    void atAWindowOf1024x700TheDetailsKeepApplyInsideTheWindow(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        TableView<PotRow> table = console.view().potsView().table();
        robot.interact(() -> table.getItems().stream()
                .filter(r -> r.name().equals("web"))
                .findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        FxWait.until(
                "the details of web",
                () -> robot.lookup("#tab-command-resources").tryQuery().isPresent());
        javafx.scene.control.TabPane tabs =
                robot.lookup("#pot-details .tab-pane").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel()
                .select(tabs.getTabs().stream()
                        .filter(t -> t.getText().startsWith("Command"))
                        .findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Button apply = robot.lookup("#pot-cmd-apply").queryButton();
        assertInsideScene(apply, "Apply of the command");
        Region details = robot.lookup("#pot-details").queryAs(Region.class);
        Bounds pane = details.localToScene(details.getBoundsInLocal());
        assertThat(pane.getMaxX())
                .as("the details pane's right edge")
                .isLessThanOrEqualTo(stage.getScene().getWidth());
    }

    @Test
    void thePotsTableColumnLayoutIsRemembered(FxRobot robot) throws Exception {
        TableView<PotRow> table = console.view().potsView().table();
        Path file = dir.resolve("columns/windows.properties");
        WaitForAsyncUtils.waitForFxEvents();
        List<TableColumn<PotRow, ?>> original = List.copyOf(table.getColumns());
        TableColumn<PotRow, ?> state = original.stream()
                .filter(c -> c.getText().equals("State"))
                .findFirst()
                .orElseThrow();
        TableColumn<PotRow, ?> type = original.stream()
                .filter(c -> c.getText().equals("Type"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            table.getColumns().remove(state);
            table.getColumns().add(0, state);
            type.setVisible(false);
            state.setPrefWidth(171);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> new WindowPlacement(file).saveColumnsForTest(table, "pots"));

        // As a new start finds it: the default layout, then the remembered one applied.
        robot.interact(() -> {
            table.getColumns().setAll(original);
            type.setVisible(true);
            state.setPrefWidth(95);
            new WindowPlacement(file).restoreColumnsForTest(table, "pots");
        });
        assertThat(table.getColumns().get(0).getText()).isEqualTo("State");
        assertThat(type.isVisible()).isFalse();
        assertThat(state.getPrefWidth()).isEqualTo(171);
        assertThat(table.getColumns()).hasSameSizeAs(original);
    }
}
