package potconsole.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
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
                .extracting(JournalEntry::commandLine)
                .containsExactly("pot start db", "pot create -p web");

        model.changesOnlyProperty().set(false);
        assertThat(model.shown())
                .extracting(JournalEntry::commandLine)
                .containsExactly("pot start db", "pot ls -q", "pot create -p web");
    }

    @Test
    void searchMatchesCommandHostAndOutputIgnoringCase() {
        journal.record(entry("fbsd1", "pot create -p web", true, 0));
        journal.record(entry("fbsd2", "pot start db", true, 0, "ZFS dataset busy"));
        JournalViewModel model = new JournalViewModel(journal, Runnable::run);

        model.searchProperty().set("WEB");
        assertThat(model.shown()).extracting(JournalEntry::commandLine).containsExactly("pot create -p web");
        model.searchProperty().set("fbsd2");
        assertThat(model.shown()).extracting(JournalEntry::commandLine).containsExactly("pot start db");
        model.searchProperty().set("busy");
        assertThat(model.shown()).extracting(JournalEntry::commandLine).containsExactly("pot start db");
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
                .extracting(JournalEntry::commandLine)
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
}
