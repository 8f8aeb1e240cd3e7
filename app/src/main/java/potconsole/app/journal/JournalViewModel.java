package potconsole.app.journal;

import java.util.Locale;
import java.util.function.Consumer;
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
 * The journal as the console shows it: every entry newest first, new ones added at the top as they are recorded, and
 * the ones shown by the search text and "changes and failures only" (on by default).
 */
public final class JournalViewModel {
    private final ObservableList<JournalEntry> entries;
    private final FilteredList<JournalEntry> shown;
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty changesOnly = new SimpleBooleanProperty(true);

    /** @param onFx runs a change on the thread that owns the lists (the FX thread; inline in tests) */
    public JournalViewModel(Journal journal, Consumer<Runnable> onFx) {
        entries = FXCollections.observableArrayList(journal.entries());
        FXCollections.reverse(entries);
        journal.addListener(e -> onFx.accept(() -> entries.add(0, e)));
        shown = new FilteredList<>(entries);
        search.addListener(o -> filter());
        changesOnly.addListener(o -> filter());
        filter();
    }

    /** The entries the filters let through, newest first. */
    public ObservableList<JournalEntry> shown() {
        return shown;
    }

    /** How an entry's exit is shown: the code, or what happened instead. */
    public static String exit(JournalEntry e) {
        return e.exitCode() == JournalEntry.CANCELLED
                ? "cancelled"
                : e.exitCode() == JournalEntry.FAILED_TO_RUN ? "not run" : String.valueOf(e.exitCode());
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
