package potconsole.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import potconsole.app.theme.ThemeManager;
import potconsole.engine.audit.AuditTrail;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;

/** The journal window, open, shows what a potctl records meanwhile, masked, at the top (#19). */
@ExtendWith(ApplicationExtension.class)
class JournalViewTest {
    @TempDir
    Path dir;

    private Stage owner;
    private Journal journal;

    @Start
    void start(Stage stage) {
        new ThemeManager(dir.resolve("theme")).apply(); // the console's theme: its fonts decide what fits a column
        owner = stage;
        stage.setScene(new Scene(new Label("console"), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        if (journal != null) {
            journal.stopWatching();
        }
    }

    private static JournalEntry entry(String command, String origin) {
        return new JournalEntry(
                Instant.now(), "fbsd1", "ops", command, true, 0, Duration.ofMillis(3), List.of(), origin);
    }

    @Test
    void aPotctlEntryAppearsInTheOpenWindow(FxRobot robot) throws Exception {
        Path file = dir.resolve("journal.jsonl");
        journal = new Journal(file);
        journal.record(entry("pot start -p web", JournalEntry.CONSOLE));
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = JournalView.open(owner, new JournalViewModel(journal, Platform::runLater)));
        TableView<?> table =
                robot.from(window[0].getScene().getRoot()).lookup(".table-view").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);

        Journal.appendingTo(file).record(entry("pot set-env -p web -E DB_PASSWORD=canary-3", JournalEntry.POTCTL));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        AuditTrail.Event top = (AuditTrail.Event) table.getItems().get(0);
        assertThat(top.origin()).isEqualTo(JournalEntry.POTCTL);
        assertThat(top.commandLine()).isEqualTo("pot set-env -p web -E DB_PASSWORD=••••");
        robot.interact(() -> window[0].close());
    }

    @Test
    void aCommandTooLongForItsColumnIsWholeInTheCellsTooltip(FxRobot robot) {
        journal = new Journal(dir.resolve("journal.jsonl"));
        String longCommand = "pot create -p web -b 14.1 -t single -N public-bridge -f nginx -f " + "x".repeat(300);
        journal.record(entry(longCommand, JournalEntry.CONSOLE));
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = JournalView.open(owner, new JournalViewModel(journal, Platform::runLater)));

        FullTextCell<?> cell = robot.from(window[0].getScene().getRoot())
                .lookup(".table-cell")
                .match(n -> n instanceof FullTextCell<?> c && longCommand.equals(c.getItem()))
                .query();
        assertThat(cell.getWidth())
                .as("the column is narrower than the command")
                .isLessThan(1000);
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(longCommand);
        for (String column : List.of("Time")) { // 150 px cut the seconds off on a real desktop
            FullTextCell<?> whole = robot.from(window[0].getScene().getRoot())
                    .lookup(".table-cell")
                    .match(n -> n instanceof FullTextCell<?> c
                            && c.getTableColumn().getText().equals(column)
                            && c.getItem() != null)
                    .query();
            assertThat(((Text) whole.lookup(".text")).getText())
                    .as("the " + column + " column shows its whole value")
                    .isEqualTo(whole.getItem());
        }
        robot.interact(() -> window[0].close());
    }
}
