package potconsole.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import potconsole.app.pots.PotRow;
import potconsole.app.testkit.FxWait;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.command.StopCommand;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.sandbox.SandboxHost;

/**
 * What the console shows is what the host has: the toolbar, the menus and the table's cells after selection changes
 * and after refreshes that change the selected pot behind the console's back (headless, Monocle).
 */
@ExtendWith(ApplicationExtension.class)
class TruthfulStateFlowTest {
    @TempDir
    static Path dir;

    private Console console;
    private final SandboxHost sandbox =
            SandboxHost.demoForTests(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC));

    /** The host behind the console's back (pot's CLI, the Nomad driver, cron). */
    private final potconsole.engine.service.PotService behindTheBack =
            new potconsole.engine.service.PotService(sandbox, potconsole.engine.exec.Privilege.NONE);

    @Start
    void start(Stage stage) {
        console = new Console(stage, Journal.inMemory());
        stage.setScene(console.build(sandbox, new HostStore(dir.resolve("hosts.json"))));
        stage.show();
    }

    private void select(FxRobot robot, String name) throws Exception {
        TableView<PotRow> table = console.view().potsView().table();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getItems().stream()
                    .filter(r -> r.name().equals(name))
                    .findFirst()
                    .ifPresent(r -> {
                        table.getSelectionModel().select(r);
                        table.scrollTo(r);
                    });
        });
        FxWait.until(name + " selected", () -> table.getSelectionModel().getSelectedItem() != null);
    }

    private MenuItem menuItem(FxRobot robot, String label) {
        MenuBar bar = robot.lookup("#menu-bar").query();
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> label.equals(i.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + label));
    }

    private void refresh(FxRobot robot) throws Exception {
        robot.interact(() -> console.hosts().hosts().forEach(console.poller()::refresh));
        FxWait.until(
                "the sandbox is read", () -> console.hosts().hosts().stream().noneMatch(h -> h.isLoading()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text the table shows in a column for a pot: what a person sees, not the model. */
    private String cell(FxRobot robot, String pot, String column) {
        return robot.lookup(".table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof PotRow r
                        && r.name().equals(pot)
                        && c.getTableColumn().getText().equals(column))
                .map(c -> c.getText() == null ? "" : c.getText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + column + " cell for " + pot));
    }

    @Test
    void toolbarMenusAndKeysFollowTheSelectedPotThroughRefreshes(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> console.pots().allRows().size() > 3);
        Node stop = robot.lookup("#action-stop").query();
        Node start = robot.lookup("#action-start").query();
        assertThat(stop.isDisabled()).as("nothing selected: Stop is disabled").isTrue();

        select(robot, "nginx");
        assertThat(stop.isDisabled()).as("nginx runs: Stop is enabled").isFalse();
        assertThat(menuItem(robot, "Stop").isDisable()).isFalse();
        assertThat(start.isDisabled()).isTrue();
        assertThat(menuItem(robot, "Export image…").isDisable()).isFalse();

        // nginx stops behind the console's back; the same row stays selected, the refresh must move the buttons.
        behindTheBack.execute(new StopCommand("nginx"));
        refresh(robot);
        assertThat(stop.isDisabled())
                .as("after the refresh nginx is stopped: Stop is disabled")
                .isTrue();
        assertThat(menuItem(robot, "Stop").isDisable()).isTrue();
        assertThat(start.isDisabled()).isFalse();
        assertThat(cell(robot, "nginx", "State")).isEmpty(); // the pill is a graphic, not text
        assertThat(console.view()
                        .potsView()
                        .table()
                        .getSelectionModel()
                        .getSelectedItem()
                        .name())
                .isEqualTo("nginx");

        // Ctrl+Shift+X on a stopped pot: nothing is sent, and the status line says why.
        int tasksBefore = console.tasks().tasks().size();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.X)
                .release(
                        javafx.scene.input.KeyCode.X,
                        javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.tasks().tasks()).hasSize(tasksBefore);
        Label notice = robot.lookup("#notice").query();
        assertThat(notice.getText()).isEqualTo("Stop: nginx is stopped: nothing to stop");

        select(robot, "base-13_2");
        assertThat(robot.lookup("#action-destroy").query().isDisabled()).isTrue();
        assertThat(menuItem(robot, "Export image…").isDisable())
                .as("multi pots are not exported")
                .isTrue();
    }

    @Test
    void everyCellFollowsTheHostAfterAnAction(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> console.pots().allRows().size() > 3);
        select(robot, "web");
        String snapshots = cell(robot, "web", "Snapshots");
        behindTheBack.execute(SnapshotCommand.of("web"));
        refresh(robot);
        assertThat(cell(robot, "web", "Snapshots"))
                .as("the row shows the new snapshot count without re-sorting")
                .isEqualTo(String.valueOf(Integer.parseInt(snapshots.isEmpty() ? "0" : snapshots) + 1));
    }

    /** A refresh that changes another part of the pot keeps the open tab and what is being typed in it. */
    @Test
    void aRefreshKeepsTheOpenTabAndAnEditBeingTyped(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> console.pots().allRows().size() > 3);
        select(robot, "web");
        javafx.scene.control.TabPane tabs =
                robot.lookup("#pot-details .tab-pane").query();
        robot.interact(() -> tabs.getSelectionModel()
                .select(tabs.getTabs().stream()
                        .filter(t -> "tab-environment-hosts".equals(t.getId()))
                        .findFirst()
                        .orElseThrow()));
        javafx.scene.control.TextInputControl env = robot.lookup("#pot-env").query();
        robot.interact(() -> env.setText("DB_HOST=10.192.0.9"));
        behindTheBack.execute(SnapshotCommand.of("web"));
        refresh(robot);
        assertThat(console.pots().allRows().stream()
                        .filter(r -> r.name().equals("web"))
                        .findFirst()
                        .orElseThrow()
                        .pot()
                        .snapshots())
                .as("the refresh did change web")
                .hasSizeGreaterThan(1);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-environment-hosts");
        javafx.scene.control.TextInputControl after = robot.lookup("#pot-env").query();
        assertThat(after.getText()).isEqualTo("DB_HOST=10.192.0.9");
    }
}
