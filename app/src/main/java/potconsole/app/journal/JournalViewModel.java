package potconsole.app.journal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;

/**
 * The journal as the console shows it: every entry newest first, new ones added at the top as they are recorded —
 * the console's own and, once it {@link #follow}s, those a potctl appends to the same file meanwhile — and the ones shown by the search text and "changes and failures only" (on by default).
 */
public final class JournalViewModel implements AutoCloseable {
    private final Journal journal;
    private final ObservableList<JournalEntry> entries;
    private final FilteredList<JournalEntry> shown;
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty changesOnly = new SimpleBooleanProperty(true);
    private final Consumer<JournalEntry> listener;

    /** @param onFx runs a change on the thread that owns the lists (the FX thread; inline in tests) */
    public JournalViewModel(Journal journal, Consumer<Runnable> onFx) {
        this.journal = journal;
        entries = FXCollections.observableArrayList(journal.entries());
        FXCollections.reverse(entries);
        listener = e -> onFx.accept(() -> entries.add(0, e));
        journal.addListener(listener);
        shown = new FilteredList<>(entries);
        search.addListener(o -> filter());
        changesOnly.addListener(o -> filter());
        filter();
    }

    /**
     * From now on, entries another process (a potctl) appends to the journal's file appear too, as they are written:
     * the journal watches its file (and keeps watching for the next window).
     */
    public void follow() {
        journal.catchUp();
        journal.watch();
    }

    /** The entries the filters let through, newest first. */
    public ObservableList<JournalEntry> shown() {
        return shown;
    }

    /** What an empty table says: why nothing is shown. */
    public StringBinding emptyText() {
        return Bindings.createStringBinding(
                () -> !search.get().isBlank()
                        ? "No command matches \"" + search.get().strip() + "\""
                        : changesOnly.get()
                                ? "No change or failure recorded yet (untick \"Changes and failures only\" to see"
                                        + " reads too)"
                                : "No command recorded yet",
                search,
                changesOnly);
    }

    /** Writes the entries shown, as CSV with secret values masked, to {@code file}. */
    public void exportCsv(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Journal.writeCsv(shown, w);
        }
    }

    /** How an entry's exit is shown: the code, or what happened instead. */
    public static String exit(JournalEntry e) {
        return e.exitCode() == JournalEntry.CANCELLED
                ? "cancelled"
                : e.exitCode() == JournalEntry.FAILED_TO_RUN ? "not run" : String.valueOf(e.exitCode());
    }

    /** The window closed: no more entries for it (the journal keeps watching for the next window). */
    @Override
    public void close() {
        journal.removeListener(listener);
    }

    private void filter() {
        String q = search.get().toLowerCase(Locale.ROOT);
        shown.setPredicate(e -> (!changesOnly.get() || e.changesState() || e.exitCode() != 0)
                && (q.isEmpty()
                        || e.commandLine().toLowerCase(Locale.ROOT).contains(q)
                        || e.host().toLowerCase(Locale.ROOT).contains(q)
                        || String.join(" ", e.outputTail())
                                .toLowerCase(Locale.ROOT)
                                .contains(q)));
    }

    // The filters, for the view to bind.

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty changesOnlyProperty() {
        return changesOnly;
    }
}
