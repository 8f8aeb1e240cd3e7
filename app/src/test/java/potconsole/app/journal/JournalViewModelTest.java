package potconsole.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.audit.AuditTrail;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;

/** The journal screen's filters without a toolkit: changes run inline. */
class JournalViewModelTest {
    private final Journal journal = Journal.inMemory();

    private static JournalEntry entry(String host, String command, boolean changes, int exit, String... tail) {
        return new JournalEntry(
                Instant.parse("2026-11-22T20:00:00Z"),
                host,
                "ops",
                command,
                changes,
                exit,
                Duration.ZERO,
                List.of(tail));
    }

    @Test
    void showsChangesAndFailuresNewestFirstByDefault() {
        journal.record(entry("fbsd1", "pot create -p web", true, 0));
        journal.record(entry("fbsd1", "pot ls -q", false, 0));
        journal.record(entry("fbsd2", "pot start db", true, 1));
        JournalViewModel model = new JournalViewModel(journal, Runnable::run);

        assertThat(model.shown())
                .extracting(AuditTrail.Event::commandLine)
                .containsExactly("pot start db", "pot create -p web");

        model.changesOnlyProperty().set(false);
        assertThat(model.shown())
                .extracting(AuditTrail.Event::commandLine)
                .containsExactly("pot start db", "pot ls -q", "pot create -p web");
    }

    @Test
    void searchMatchesCommandHostAndOutputIgnoringCase() {
        journal.record(entry("fbsd1", "pot create -p web", true, 0));
        journal.record(entry("fbsd2", "pot start db", true, 0, "ZFS dataset busy"));
        JournalViewModel model = new JournalViewModel(journal, Runnable::run);

        model.searchProperty().set("WEB");
        assertThat(model.shown()).extracting(AuditTrail.Event::commandLine).containsExactly("pot create -p web");
        model.searchProperty().set("fbsd2");
        assertThat(model.shown()).extracting(AuditTrail.Event::commandLine).containsExactly("pot start db");
        model.searchProperty().set("busy");
        assertThat(model.shown()).extracting(AuditTrail.Event::commandLine).containsExactly("pot start db");
        model.searchProperty().set("");
        assertThat(model.shown()).hasSize(2);
    }

    @Test
    void anEntryRecordedLaterComesOnTopWhenItPassesTheFilters() {
        JournalViewModel model = new JournalViewModel(journal, Runnable::run);
        journal.record(entry("fbsd1", "pot create -p web", true, 0));
        journal.record(entry("fbsd1", "pot ls -q", false, 0));
        journal.record(entry("fbsd1", "pot destroy -p web", true, 0));

        assertThat(model.shown())
                .extracting(AuditTrail.Event::commandLine)
                .containsExactly("pot destroy -p web", "pot create -p web");
    }

    @Test
    void theExitSaysWhatHappenedWhenThereIsNoCode() {
        assertThat(JournalViewModel.exit(entry("h", "c", true, 3))).isEqualTo("3");
        assertThat(JournalViewModel.exit(entry("h", "c", true, JournalEntry.CANCELLED)))
                .isEqualTo("cancelled");
        assertThat(JournalViewModel.exit(entry("h", "c", true, JournalEntry.FAILED_TO_RUN)))
                .isEqualTo("not run");
    }

    @Test
    void aPotctlEntryAppendedMeanwhileAppearsWithoutReopening(@TempDir Path dir) {
        Path file = dir.resolve("journal.jsonl");
        Journal console = new Journal(file);
        JournalViewModel model = new JournalViewModel(console, Runnable::run);
        try {
            console.record(entry("fbsd1", "pot create -p web", true, 0));
            Journal.appendingTo(file).record(potctl("pot set-env -p web -E DB_PASSWORD=canary-7 -E MODE=prod"));
            console.catchUp(); // what the journal's watcher calls when the file changes

            assertThat(model.shown())
                    .extracting(AuditTrail.Event::origin, AuditTrail.Event::commandLine)
                    .containsExactly(
                            tuple("potctl", "pot set-env -p web -E DB_PASSWORD=•••• -E MODE=prod"),
                            tuple("console", "pot create -p web"));
        } finally {
            model.close();
            console.stopWatching();
        }
    }

    @Test
    void theWatchedFileBringsAPotctlEntryInByItself(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Journal console = new Journal(file);
        CountDownLatch changed = new CountDownLatch(1);
        JournalViewModel model = new JournalViewModel(console, change -> {
            change.run();
            changed.countDown();
        });
        try {
            model.follow();
            Journal.appendingTo(file).record(potctl("pot snapshot -p web"));

            assertThat(changed.await(20, TimeUnit.SECONDS))
                    .as("the model heard of it")
                    .isTrue();
            assertThat(model.shown()).extracting(AuditTrail.Event::commandLine).containsExactly("pot snapshot -p web");
        } finally {
            model.close();
            console.stopWatching();
        }
    }

    @Test
    void aClosedModelHearsOfNothingMore() {
        JournalViewModel model = new JournalViewModel(journal, Runnable::run);
        model.close();
        journal.record(entry("fbsd1", "pot create -p web", true, 0));

        assertThat(model.shown()).isEmpty();
    }

    @Test
    void theEmptyTableSaysWhy() {
        JournalViewModel model = new JournalViewModel(journal, Runnable::run);
        assertThat(model.emptyText().get()).startsWith("No change or failure recorded yet");
        model.changesOnlyProperty().set(false);
        assertThat(model.emptyText().get()).isEqualTo("No command recorded yet");
        model.searchProperty().set(" zfs ");
        assertThat(model.emptyText().get()).isEqualTo("No command matches \"zfs\"");
    }

    @Test
    void theCsvExportHoldsTheEntriesShownWithSecretsMasked(@TempDir Path dir) throws Exception {
        journal.record(entry("fbsd1", "pot set-env -p web -E API_TOKEN=canary-9", true, 0));
        journal.record(entry("fbsd1", "pot ls -q", false, 0));
        JournalViewModel model = new JournalViewModel(journal, Runnable::run);

        model.exportCsv(dir.resolve("out.csv"));

        String csv = Files.readString(dir.resolve("out.csv"));
        assertThat(csv).contains("API_TOKEN=••••").doesNotContain("canary").doesNotContain("pot ls -q");
    }

    private static JournalEntry potctl(String command) {
        return new JournalEntry(
                Instant.parse("2026-11-22T20:01:00Z"),
                "fbsd1",
                "ops",
                command,
                true,
                0,
                Duration.ZERO,
                List.of(),
                JournalEntry.POTCTL);
    }
}
