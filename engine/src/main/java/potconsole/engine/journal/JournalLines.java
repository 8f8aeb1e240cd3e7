package potconsole.engine.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One journal entry as one JSON line of {@code journal.jsonl}: the stored shape, stable across versions. */
final class JournalLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalLines() {}

    record Stored(
            String at,
            String host,
            String user,
            String command,
            boolean changes,
            int exit,
            long millis,
            List<String> tail,
            String origin) {}

    /** The entry a line holds, as written (not masked); empty for a torn or foreign line. */
    static Optional<JournalEntry> parse(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            Stored s = JSON.readValue(line, Stored.class);
            return Optional.of(new JournalEntry(
                    Instant.parse(s.at()),
                    s.host(),
                    s.user(),
                    s.command(),
                    s.changes(),
                    s.exit(),
                    Duration.ofMillis(s.millis()),
                    s.tail() == null ? List.of() : s.tail(),
                    s.origin()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String format(JournalEntry e) throws IOException {
        return JSON.writeValueAsString(new Stored(
                e.at().toString(),
                e.host(),
                e.user(),
                e.commandLine(),
                e.changesState(),
                e.exitCode(),
                e.duration().toMillis(),
                e.outputTail(),
                e.origin()));
    }
}
