package potconsole.app.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import potconsole.app.main.Console;
import potconsole.app.pots.PotRow;
import potconsole.app.state.HostEntry;
import potconsole.app.testkit.FxWait;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/**
 * Copying from the console, headless (Monocle): several pots selected in the table copied in one task, after which
 * the dialog only closes; a pot dragged onto another host in the sidebar opens the copy dialog aimed at that host,
 * and a multi pot dragged there is refused with pot's reason.
 */
@ExtendWith(ApplicationExtension.class)
class CopyFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private Console console;
    private HostEntry spare;
    private HostEntry other;

    @Start
    void start(Stage stage) {
        console = new Console(stage, Journal.inMemory());
        stage.setScene(console.build(SandboxHost.demoForTests(CLOCK), new HostStore(dir.resolve("hosts.json"))));
        spare = new HostEntry("Spare", true, new PotService(SandboxHost.recordedHost(CLOCK), Privilege.NONE, CLOCK));
        other = new HostEntry("Other", true, new PotService(SandboxHost.recordedHost(CLOCK), Privilege.NONE, CLOCK));
        console.hosts().hosts().add(spare);
        console.hosts().hosts().add(other);
        console.hosts().hosts().forEach(console.poller()::refresh);
        stage.show();
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        FxWait.until(what, Duration.ofSeconds(150), condition);
    }

    private void awaitHosts() throws Exception {
        waitUntil(
                "all hosts are read",
                () -> console.hosts().hosts().stream()
                        .allMatch(h -> h.inventory().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The table row that shows {@code pot} of the sandbox, scrolled into view. */
    private Node row(FxRobot robot, String pot) {
        robot.interact(() -> console.view().potsView().table().getItems().stream()
                .filter(r -> r.name().equals(pot) && r.host().isSandbox())
                .findFirst()
                .ifPresent(r -> console.view().potsView().table().scrollTo(r)));
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getItem() instanceof PotRow r
                        && r.name().equals(pot)
                        && r.host().isSandbox())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + pot));
    }

    private Node hostLine(FxRobot robot, String host) {
        return robot.lookup("#hosts .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c
                        && c.getItem() != null
                        && robot.from(c).lookup(".label").queryAll().stream()
                                .anyMatch(l -> l instanceof Labeled t && host.equals(t.getText())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sidebar line for " + host));
    }

    private MenuItem menuItem(FxRobot robot, String label) {
        MenuBar bar = robot.lookup("#menu-bar").query();
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> label.equals(i.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + label));
    }

    private DialogPane dialog(FxRobot robot) throws Exception {
        waitUntil(
                "the copy dialog", () -> robot.lookup("#copy-dialog").tryQuery().isPresent());
        return robot.lookup("#copy-dialog").query();
    }

    @Test
    void severalSelectedPotsAreCopiedInOneTaskAndTheDialogThenOnlyCloses(FxRobot robot) throws Exception {
        awaitHosts();
        robot.clickOn(row(robot, "web"));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "demo")).release(KeyCode.CONTROL);
        waitUntil(
                "two pots selected",
                () -> console.view()
                                .potsView()
                                .table()
                                .getSelectionModel()
                                .getSelectedItems()
                                .size()
                        == 2);

        robot.interact(() -> menuItem(robot, "Copy to host…").fire());
        DialogPane pane = dialog(robot);

        assertThat(pane.getHeaderText()).contains("web", "demo");
        assertThat(robot.lookup("#copy-name").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#copy-problem").queryLabeled().getText()).contains("demo: Pot demo has no snapshots");
        Button copy = (Button) pane.lookupButton(CopyPotDialog.COPY);
        assertThat(copy.isDisabled()).isTrue();
        assertThat(robot.lookup("#copy-progress").query().isVisible())
                .as("no progress row before a copy starts")
                .isFalse();
        assertThat(robot.lookup("#copy-outcome").query().isManaged()).isFalse();

        robot.clickOn("Take a snapshot first if it has none (pot snapshot)");
        waitUntil("the plan allows it", () -> !copy.isDisabled());
        robot.clickOn(copy);

        waitUntil(
                "both copies are done",
                () -> !robot.lookup("#copy-outcome").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#copy-outcome").queryLabeled().getText())
                .contains("copied web as web", "copied demo as demo");
        assertThat(robot.lookup("#copy-outcome").query().isVisible()).isTrue();
        assertThat(robot.lookup("#copy-progress").query().isVisible()).isTrue();
        waitUntil(
                "Spare is read again",
                () -> spare.pot("web").isPresent() && spare.pot("demo").isPresent());
        // The copy is there: a second one could only be refused, so Copy stays off and Cancel became Close.
        assertThat(copy.isDisabled()).isTrue();
        Button close = (Button) pane.lookupButton(ButtonType.CANCEL);
        assertThat(close.getText()).isEqualTo("Close");
        // Fired rather than clicked: in one full CI run the robot's click on Close did not reach it (not reproduced).
        robot.interact(close::fire);
        waitUntil(
                "the dialog is closed",
                () -> robot.lookup("#copy-dialog").tryQuery().isEmpty());
    }

    @Test
    void aPotDraggedOntoAHostOpensTheCopyDialogAimedAtIt(FxRobot robot) throws Exception {
        awaitHosts();
        robot.clickOn(row(robot, "web"));

        robot.drag(row(robot, "web")).dropTo(hostLine(robot, "Other"));

        DialogPane pane = dialog(robot);
        ComboBox<HostEntry> target = robot.lookup("#copy-target").queryComboBox();
        assertThat(target.getValue()).isSameAs(other);
        assertThat(pane.getHeaderText()).contains("web");
        assertThat(robot.lookup("#copy-plan").queryLabeled().getText()).contains("Exporting snapshot");
        robot.clickOn((Button) pane.lookupButton(ButtonType.CANCEL));
        waitUntil(
                "the dialog is closed",
                () -> robot.lookup("#copy-dialog").tryQuery().isEmpty());

        robot.clickOn(row(robot, "multi"));
        robot.drag(row(robot, "multi")).dropTo(hostLine(robot, "Spare"));

        DialogPane refused = dialog(robot);
        assertThat(robot.lookup("#copy-target").queryComboBox().getValue()).isSameAs(spare);
        assertThat(robot.lookup("#copy-problem").queryLabeled().getText())
                .contains("pot multi not supported - only single type pot can be exported");
        assertThat(refused.lookupButton(CopyPotDialog.COPY).isDisabled()).isTrue();
    }
}
