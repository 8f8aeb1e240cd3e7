package potconsole.engine.journal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
 * Lines another process appends (a potctl) are taken in at the next {@link #catchUp} — before each own entry, and
 * whenever the file changes once {@link #watch} runs. Listeners hear of new entries, own and others'.
 */
public final class Journal {
    private static final int KEEP = 10_000;

    private final Path file;
    private final boolean followsFile;
    private final List<JournalEntry> entries = new ArrayList<>();
    private final List<Consumer<JournalEntry>> listeners = new ArrayList<>();
    /** How far into the file this journal has read (its own lines included). */
    private long readTo;
    /** Own lines appended while another writer was appending too: skipped when the next catch-up meets them. */
    private final List<String> ownAhead = new ArrayList<>();

    private JournalWatcher watcher;

    public Journal(Path file) {
        this(file, true);
    }

    private Journal(Path file, boolean load) {
        this.file = file;
        this.followsFile = load && file != null;
        if (followsFile) {
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

    private void load() {
        JournalTail all;
        try {
            all = JournalTail.read(file, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the journal " + file, e);
        }
        boolean hadSecrets = false;
        for (String line : all.lines()) {
            Optional<JournalEntry> read = JournalLines.parse(line);
            if (read.isPresent()) {
                JournalEntry masked = read.get().masked();
                hadSecrets |= !masked.equals(read.get());
                entries.add(masked);
            }
        }
        trim();
        readTo = all.end();
        if (hadSecrets) {
            scrub();
        }
    }

    /** Rewrites the file with every line masked (lines appended meanwhile by another writer are kept, masked). */
    private void scrub() {
        try {
            PrivateFiles.rewrite(file, tmp -> {
                List<String> out = new ArrayList<>();
                for (String line : JournalTail.read(file, 0).lines()) {
                    Optional<JournalEntry> e = JournalLines.parse(line);
                    if (e.isPresent()) {
                        out.add(JournalLines.format(e.get().masked()));
                    }
                }
                Files.write(tmp, out, StandardCharsets.UTF_8);
            });
            readTo = Files.size(file);
        } catch (IOException | RuntimeException e) {
            // The masked entries are in memory; the file is retried at the next start.
        }
    }

    public void record(JournalEntry entry) {
        JournalEntry e = entry.masked();
        List<JournalEntry> others;
        synchronized (this) {
            others = takeInOthers();
            add(e);
            append(e);
        }
        tell(others);
        tell(List.of(e));
    }

    /**
     * Takes in the entries other writers appended since the last look, tells the listeners, and returns them: for a
     * console that shows the journal while a potctl writes to it.
     */
    public List<JournalEntry> catchUp() {
        List<JournalEntry> others;
        synchronized (this) {
            others = takeInOthers();
        }
        tell(others);
        return others;
    }

    /**
     * Catches up whenever the file changes, on a daemon thread, until {@link #stopWatching}; once is enough (later
     * calls do nothing). A journal without a file, or one that only appends, has nothing to watch.
     */
    public synchronized void watch() {
        if (followsFile && watcher == null) {
            watcher = JournalWatcher.start(file, this::catchUp);
        }
    }

    public synchronized void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    private List<JournalEntry> takeInOthers() {
        if (!followsFile) {
            return List.of();
        }
        JournalTail tail;
        try {
            tail = JournalTail.read(file, readTo);
        } catch (IOException e) {
            return List.of();
        }
        if (tail.end() < readTo) {
            ownAhead.clear(); // rewritten by another writer: every line in it was seen already
        }
        readTo = tail.end();
        List<JournalEntry> others = new ArrayList<>();
        for (String line : tail.lines()) {
            if (!ownAhead.remove(line)) {
                JournalLines.parse(line).map(JournalEntry::masked).ifPresent(others::add);
            }
        }
        others.forEach(this::add);
        return others;
    }

    private void add(JournalEntry e) {
        entries.add(e);
        trim();
    }

    private void trim() {
        if (entries.size() > KEEP) {
            entries.subList(0, entries.size() - KEEP).clear();
        }
    }

    private void tell(List<JournalEntry> added) {
        if (added.isEmpty()) {
            return;
        }
        List<Consumer<JournalEntry>> toTell;
        synchronized (this) {
            toTell = List.copyOf(listeners);
        }
        added.forEach(e -> toTell.forEach(l -> l.accept(e)));
    }

    /** Appends the line; when nobody else wrote since the catch-up before it, the file is read up to its end. */
    private void append(JournalEntry e) {
        if (file == null) {
            return;
        }
        try {
            String line = JournalLines.format(e);
            PrivateFiles.appendLine(file, line);
            if (followsFile) {
                long written = line.getBytes(StandardCharsets.UTF_8).length + 1;
                if (Files.size(file) == readTo + written) {
                    readTo += written;
                } else {
                    ownAhead.add(line);
                }
            }
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

    public synchronized void removeListener(Consumer<JournalEntry> listener) {
        listeners.remove(listener);
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
