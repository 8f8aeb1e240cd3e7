package potconsole.engine.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.io.PrivateFiles;

/**
 * The audit journal: every command the console and potctl ran, kept in memory for the screen and appended as JSON
 * lines to {@code $XDG_STATE_HOME/pot-console/journal.jsonl} (mode 0600) so it survives restarts. Each line is written
 * whole under a file lock, so the console and a potctl writing at once never interleave or lose lines. Secret values
 * are masked before an entry is kept, shown or written ({@link potconsole.engine.secret.Secrets}); lines an older
 * version wrote with a secret in them are masked when the journal is loaded, and the file is rewritten without them.
 * Listeners hear of new entries.
 */
public final class Journal {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KEEP = 10_000;

    private final Path file;
    private final List<JournalEntry> entries = new ArrayList<>();
    private final List<Consumer<JournalEntry>> listeners = new ArrayList<>();

    public Journal(Path file) {
        this(file, true);
    }

    private Journal(Path file, boolean load) {
        this.file = file;
        if (load) {
            load();
        }
    }

    /** A journal that only appends to {@code file} (potctl: it never shows the older entries). */
    public static Journal appendingTo(Path file) {
        return new Journal(file, false);
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
            List<String> tail,
            String origin) {}

    private void load() {
        if (file == null || !Files.exists(file)) {
            return;
        }
        boolean hadSecrets = false;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Stored s = JSON.readValue(line, Stored.class);
                    JournalEntry read = new JournalEntry(
                            Instant.parse(s.at()),
                            s.host(),
                            s.user(),
                            s.command(),
                            s.changes(),
                            s.exit(),
                            Duration.ofMillis(s.millis()),
                            s.tail() == null ? List.of() : s.tail(),
                            s.origin());
                    JournalEntry masked = read.masked();
                    hadSecrets |= !masked.equals(read);
                    entries.add(masked);
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
        if (hadSecrets) {
            scrub();
        }
    }

    /** Rewrites the file with every line masked (lines appended meanwhile by another writer are kept, masked). */
    private void scrub() {
        try {
            PrivateFiles.rewrite(file, tmp -> {
                List<String> out = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    try {
                        Stored s = JSON.readValue(line, Stored.class);
                        out.add(line(toEntry(s).masked()));
                    } catch (IOException | RuntimeException e) {
                        // A torn line is dropped.
                    }
                }
                Files.write(tmp, out, StandardCharsets.UTF_8);
            });
        } catch (IOException | RuntimeException e) {
            // The masked entries are in memory; the file is retried at the next start.
        }
    }

    private static JournalEntry toEntry(Stored s) {
        return new JournalEntry(
                Instant.parse(s.at()),
                s.host(),
                s.user(),
                s.command(),
                s.changes(),
                s.exit(),
                Duration.ofMillis(s.millis()),
                s.tail() == null ? List.of() : s.tail(),
                s.origin());
    }

    private static String line(JournalEntry e) throws IOException {
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

    public void record(JournalEntry entry) {
        JournalEntry e = entry.masked();
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
            PrivateFiles.appendLine(file, line(e));
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

    /** RFC 4180 CSV of the given entries, secret values masked. */
    public static void writeCsv(List<JournalEntry> entries, Writer out) throws IOException {
        BufferedWriter w = new BufferedWriter(out);
        w.write("time,host,user,command,changes state,exit code,duration ms,output tail,origin\r\n");
        for (JournalEntry entry : entries) {
            JournalEntry e = entry.masked();
            w.write(String.join(
                    ",",
                    csv(e.at().toString()),
                    csv(e.host()),
                    csv(e.user()),
                    csv(e.commandLine()),
                    String.valueOf(e.changesState()),
                    String.valueOf(e.exitCode()),
                    String.valueOf(e.duration().toMillis()),
                    csv(e.outputTail().stream().collect(Collectors.joining("\n"))),
                    csv(e.origin())));
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
