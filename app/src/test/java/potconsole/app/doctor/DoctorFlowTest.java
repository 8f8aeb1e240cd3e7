package potconsole.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import potconsole.app.main.Console;
import potconsole.app.pots.PotRow;
import potconsole.app.testkit.FxWait;
import potconsole.engine.doctor.Finding;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;

/** The doctor by clicking, headless: a wedged pot found from the host menu, fixed after confirming; live usage. */
@ExtendWith(ApplicationExtension.class)
class DoctorFlowTest {
    @TempDir
    static Path dir;

    private Console console;

    @Start
    void start(Stage stage) {
        SandboxHost sandbox =
                SandboxHost.demoForTests(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC));
        SandboxFaults.of(sandbox).wedge("db").racct(true).poisonCache("web", "2.0", 4096);
        console = new Console(stage, Journal.inMemory());
        stage.setScene(console.build(sandbox, new HostStore(dir.resolve("hosts.json"))));
        stage.show();
    }

    private Optional<PotRow> row(String name) {
        return console.pots().allRows().stream()
                .filter(r -> r.name().equals(name) && r.host().isSandbox())
                .findFirst();
    }

    @Test
    void aWedgedPotIsFoundAndFixedEndToEnd(FxRobot robot) throws Exception {
        FxWait.until(
                "the sandbox is read",
                () -> row("db").map(r -> r.pot().state() == PotState.WEDGED).orElse(false));
        robot.clickOn("Console").clickOn("Doctor: what is wrong and why…");
        FxWait.until(
                "the doctor's findings",
                () -> robot.lookup("#doctor-findings").tryQuery().isPresent()
                        && !robot.lookup("#doctor-findings")
                                .<ListView<Finding>>query()
                                .getItems()
                                .isEmpty());
        ListView<Finding> list = robot.lookup("#doctor-findings").query();
        assertThat(list.getItems()).extracting(Finding::kind).contains("wedged", "poisoned-cache");
        Finding wedged = list.getItems().stream()
                .filter(f -> f.kind().equals("wedged"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(wedged));
        assertThat(robot.lookup("#doctor-evidence").queryLabeled().getText()).contains("jls: no jail named db");
        assertThat(robot.lookup("#doctor-fix-commands").queryLabeled().getText())
                .isEqualTo("pot stop db\npot start db");
        robot.clickOn("#doctor-fix");
        FxWait.until(
                "the confirmation",
                () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        robot.clickOn("Run them");
        FxWait.until(
                "db runs again",
                () -> row("db").map(r -> r.pot().state() == PotState.RUNNING).orElse(false));
        FxWait.until(
                "the finding is gone",
                () -> list.getItems().stream().noneMatch(f -> f.kind().equals("wedged")));
        assertThat(list.getItems()).extracting(Finding::kind).contains("poisoned-cache");
    }

    @Test
    void theUsageTabChartsTheSelectedPot(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("nginx").isPresent());
        TableView<PotRow> table = console.view().potsView().table();
        robot.interact(() -> table.getItems().stream()
                .filter(r -> r.name().equals("nginx"))
                .findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        FxWait.until(
                "the details of nginx",
                () -> robot.lookup("#pot-details .tab-pane").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#pot-details .tab-pane").query();
        robot.interact(() -> tabs.getTabs().stream()
                .filter(t -> "tab-usage".equals(t.getId()))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        FxWait.until(
                "a sample",
                () -> robot.lookup("#usage-status").queryLabeled().getText().startsWith("nginx: memory"));
    }
}
