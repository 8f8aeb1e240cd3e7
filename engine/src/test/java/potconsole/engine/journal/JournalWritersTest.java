package potconsole.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.io.PrivateWriter;

/** The console and a potctl append to one journal at once: every line whole, none lost. */
class JournalWritersTest {
    private static final int EACH = 1_000;

    @TempDir
    Path dir;

    @Test
    void twoProcessesAppendingAThousandEntriesEachLoseAndBreakNoLine() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        List<Process> writers = new ArrayList<>();
        for (String who : List.of("console", "potctl")) {
            writers.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            PrivateWriter.class.getName(),
                            "append",
                            file.toString(),
                            who,
                            String.valueOf(EACH),
                            // Lines of ~12 KB: more than one write() for a buffered stream (8 KB chunks).
                            "6000")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve(who + ".out").toFile())
                    .start());
        }
        for (Process p : writers) {
            assertThat(p.waitFor()).isZero();
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        Set<String> commands = new HashSet<>();
        int broken = 0;
        for (String line : lines) {
            try {
                commands.add(json.readTree(line).get("command").asText());
            } catch (Exception e) {
                broken++;
            }
        }
        assertThat(broken).as("broken lines").isZero();
        assertThat(lines).hasSize(2 * EACH);
        assertThat(commands).hasSize(2 * EACH);
        assertThat(new Journal(file).entries())
                .hasSize(2 * EACH)
                .allMatch(e -> e.origin().equals("potctl"));
    }

    @Test
    void threadsOfOneProcessWithTwoJournalsOnOneFileDoNotCollide() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Journal a = new Journal(file);
        Journal b = new Journal(file);
        Thread ta = new Thread(() -> {
            for (int i = 0; i < EACH; i++) {
                a.record(PrivateWriterEntries.entry("a", i));
            }
        });
        Thread tb = new Thread(() -> {
            for (int i = 0; i < EACH; i++) {
                b.record(PrivateWriterEntries.entry("b", i));
            }
        });
        ta.start();
        tb.start();
        ta.join();
        tb.join();

        assertThat(new Journal(file).entries()).hasSize(2 * EACH);
        // Each journal took in the other's lines as it went, its own never twice.
        a.catchUp();
        b.catchUp();
        for (Journal j : List.of(a, b)) {
            assertThat(j.entries()).hasSize(2 * EACH);
            assertThat(j.entries().stream().map(JournalEntry::commandLine).distinct())
                    .hasSize(2 * EACH);
        }
    }

    /** Entries for the in-process writers. */
    static final class PrivateWriterEntries {
        static JournalEntry entry(String who, int i) {
            return new JournalEntry(
                    java.time.Instant.now(),
                    "sandbox",
                    who,
                    "pot exec -p web echo " + who + i,
                    true,
                    0,
                    java.time.Duration.ZERO,
                    List.of("y".repeat(9000)),
                    JournalEntry.CONSOLE);
        }
    }
}
