package potconsole.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A console's journal takes in what a potctl appends to the same file meanwhile: once each, in file order. */
class JournalFollowTest {
    @TempDir
    Path dir;

    private static JournalEntry entry(String command, String origin) {
        return new JournalEntry(
                Instant.now(), "web-host", "alice", command, true, 0, Duration.ofMillis(5), List.of(), origin);
    }

    private static List<String> commands(Journal j) {
        return j.entries().stream().map(JournalEntry::commandLine).toList();
    }

    @Test
    void aPotctlEntryIsTakenInAtCatchUpAndToldToListeners() {
        Path file = dir.resolve("journal.jsonl");
        Journal console = new Journal(file);
        Journal potctl = Journal.appendingTo(file);
        List<JournalEntry> told = new ArrayList<>();
        console.addListener(told::add);

        console.record(entry("pot start -p web", JournalEntry.CONSOLE));
        potctl.record(entry("pot stop -p web", JournalEntry.POTCTL));

        assertThat(console.catchUp()).extracting(JournalEntry::origin).containsExactly(JournalEntry.POTCTL);
        assertThat(commands(console)).containsExactly("pot start -p web", "pot stop -p web");
        assertThat(told).extracting(JournalEntry::commandLine).containsExactly("pot start -p web", "pot stop -p web");
        assertThat(console.catchUp()).as("nothing new the second time").isEmpty();
    }

    @Test
    void ownAndOthersLinesInterleavedAreEachTakenOnceInFileOrder() {
        Path file = dir.resolve("journal.jsonl");
        Journal console = new Journal(file);
        Journal potctl = Journal.appendingTo(file);

        console.record(entry("c1", JournalEntry.CONSOLE));
        potctl.record(entry("p1", JournalEntry.POTCTL));
        potctl.record(entry("p2", JournalEntry.POTCTL));
        console.record(entry("c2", JournalEntry.CONSOLE));
        potctl.record(entry("p3", JournalEntry.POTCTL));
        console.catchUp();

        assertThat(commands(console)).containsExactly("c1", "p1", "p2", "c2", "p3");
        assertThat(commands(new Journal(file))).isEqualTo(commands(console));
    }

    @Test
    void aSecretAnotherWriterLeftIsMaskedWhenTakenIn() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Journal console = new Journal(file);
        // As an older potctl would have written it: unmasked.
        Files.writeString(
                file,
                JournalLines.format(entry("pot set-env -p web -E DB_PASSWORD=canary-1", "potctl")) + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);

        assertThat(console.catchUp()).extracting(JournalEntry::commandLine).noneMatch(c -> c.contains("canary"));
    }

    @Test
    void watchingTellsOfAPotctlEntryWithoutAnyCall() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Journal console = new Journal(file);
        BlockingQueue<JournalEntry> told = new LinkedBlockingQueue<>();
        console.addListener(told::add);
        console.watch();
        try {
            Journal.appendingTo(file).record(entry("pot snapshot -p web", JournalEntry.POTCTL));

            JournalEntry heard = told.poll(20, TimeUnit.SECONDS);
            assertThat(heard).isNotNull();
            assertThat(heard.commandLine()).isEqualTo("pot snapshot -p web");
            assertThat(heard.origin()).isEqualTo(JournalEntry.POTCTL);
        } finally {
            console.stopWatching();
        }
    }
}
