package potconsole.engine.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import potconsole.engine.host.UserDirectories;

/**
 * The audit journal: every command the console ran, kept in memory for the screen and appended as JSON lines to
 * {@code $XDG_STATE_HOME/pot-console/journal.jsonl} so it survives restarts. Listeners hear of new entries.
 */
public final class Journal {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KEEP = 10_000;

    private final Path file;
    private final List<JournalEntry> entries = new ArrayList<>();
    private final List<Consumer<JournalEntry>> listeners = new ArrayList<>();

    public Journal(Path file) {
        this.file = file;
        load();
    }

    public static Path defaultFile() {
        return UserDirectories.state().resolve("journal.jsonl");
    }

    /** A journal kept only in memory (tests, the CLI). */
    public static Journal inMemory() {
        return new Journal(null);
    }

    /** The stored shape, stable across versions. */
    record Stored(
            String at,
            String host,
            String user,
            String command,
            boolean changes,
            int exit,
            long millis,
            List<String> tail) {}

    private void load() {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Stored s = JSON.readValue(line, Stored.class);
                    entries.add(new JournalEntry(
                            Instant.parse(s.at()),
                            s.host(),
                            s.user(),
                            s.command(),
                            s.changes(),
                            s.exit(),
                            Duration.ofMillis(s.millis()),
                            s.tail() == null ? List.of() : s.tail()));
                } catch (IOException | RuntimeException e) {
                    // A torn last line after a crash: the entries before it are still good.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the journal " + file, e);
        }
        if (entries.size() > KEEP) {
            entries.subList(0, entries.size() - KEEP).clear();
        }
    }

    public void record(JournalEntry e) {
        List<Consumer<JournalEntry>> toTell;
        synchronized (this) {
            entries.add(e);
            if (entries.size() > KEEP) {
                entries.remove(0);
            }
            append(e);
            toTell = List.copyOf(listeners);
        }
        toTell.forEach(l -> l.accept(e));
    }

    private void append(JournalEntry e) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String line = JSON.writeValueAsString(new Stored(
                    e.at().toString(),
                    e.host(),
                    e.user(),
                    e.commandLine(),
                    e.changesState(),
                    e.exitCode(),
                    e.duration().toMillis(),
                    e.outputTail()));
            Files.writeString(
                    file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ex) {
            // The journal must never make a command fail; the entry stays in memory.
        }
    }

    public synchronized List<JournalEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    public synchronized void addListener(Consumer<JournalEntry> listener) {
        listeners.add(listener);
    }

    /** RFC 4180 CSV of the given entries. */
    public static void writeCsv(List<JournalEntry> entries, Writer out) throws IOException {
        BufferedWriter w = new BufferedWriter(out);
        w.write("time,host,user,command,changes state,exit code,duration ms,output tail\r\n");
        for (JournalEntry e : entries) {
            w.write(String.join(
                    ",",
                    csv(e.at().toString()),
                    csv(e.host()),
                    csv(e.user()),
                    csv(e.commandLine()),
                    String.valueOf(e.changesState()),
                    String.valueOf(e.exitCode()),
                    String.valueOf(e.duration().toMillis()),
                    csv(e.outputTail().stream().collect(Collectors.joining("\n")))));
            w.write("\r\n");
        }
        w.flush();
    }

    static String csv(String v) {
        String s = v == null ? "" : v;
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\""
                : s;
    }
}
