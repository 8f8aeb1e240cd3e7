package potconsole.app.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.BooleanSupplier;
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
import potconsole.engine.audit.AuditExport;
import potconsole.engine.audit.AuditTrail;
import potconsole.engine.audit.HostLogSource;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;

/**
 * The journal as the console shows it: one audit trail, newest first, of the console's and potctl's commands — new
 * ones added at the top as they are recorded, those a potctl appends once it {@link #follow}s — and each host's pot
 * log lines (CLI, cron, the Nomad driver), read incrementally off the FX thread ({@link #readHostLogs}); a console
 * command the host's log has too is shown once, marked. Filtered by host, pot, search text and "changes and failures
 * only" (on by default); exported as CSV or JSON.
 */
public final class JournalViewModel implements AutoCloseable {
    /** The host and pot filters' "no filter" value. */
    public static final String ALL = "";

    private final Journal journal;
    private final HostLogs hostLogs;
    private final ObservableList<AuditTrail.Event> events = FXCollections.observableArrayList();
    private final FilteredList<AuditTrail.Event> shown = new FilteredList<>(events);
    private final ObservableList<String> pots = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty changesOnly = new SimpleBooleanProperty(true);
    private final StringProperty host = new SimpleStringProperty(ALL);
    private final StringProperty pot = new SimpleStringProperty(ALL);
    private final Consumer<JournalEntry> listener;
    private final BinaryOperator<List<AuditTrail.Event>> fold;
    /** Bumped at every change of {@link #events}: a fold made against an older timeline is not swapped in. */
    private long version;

    /** @param onFx runs a change on the thread that owns the lists (the FX thread; inline in tests) */
    public JournalViewModel(Journal journal, Consumer<Runnable> onFx) {
        this(journal, onFx, HostLogs.none());
    }

    public JournalViewModel(Journal journal, Consumer<Runnable> onFx, HostLogs hostLogs) {
        this(journal, onFx, hostLogs, AuditTrail::fold);
    }

    /** @param fold folds host lines into a timeline ({@link AuditTrail#fold}; tests watch where it runs) */
    JournalViewModel(
            Journal journal, Consumer<Runnable> onFx, HostLogs hostLogs, BinaryOperator<List<AuditTrail.Event>> fold) {
        this.journal = journal;
        this.fold = fold;
        this.hostLogs = hostLogs;
        List<JournalEntry> all = journal.entries();
        for (int i = all.size() - 1; i >= 0; i--) {
            events.add(AuditTrail.of(all.get(i)));
        }
        listener = e -> onFx.accept(() -> insert(AuditTrail.of(e)));
        journal.addListener(listener);
        search.addListener(o -> filter());
        changesOnly.addListener(o -> filter());
        host.addListener(o -> filter());
        pot.addListener(o -> filter());
        filter();
        updatePots();
    }

    /**
     * From now on, entries another process (a potctl) appends to the journal's file appear too, as they are written:
     * the journal watches its file (and keeps watching for the next window).
     */
    public void follow() {
        journal.catchUp();
        journal.watch();
    }

    /**
     * Reads each host's new pot log lines (one exec per host) and folds them in, both off the FX thread; the FX thread
     * only swaps the folded list in.
     */
    public void readHostLogs() {
        hostLogs.readAll(this::snapshot);
    }

    /** The timeline now (FX thread); the fold and the pot names it returns run in the job, on the copy. */
    private HostLogs.Fold snapshot() {
        List<AuditTrail.Event> base = List.copyOf(events);
        long at = version;
        return lines -> {
            List<AuditTrail.Event> folded = fold.apply(base, lines);
            List<String> choices = potChoices(folded);
            return swap(at, folded, choices);
        };
    }

    private BooleanSupplier swap(long at, List<AuditTrail.Event> folded, List<String> choices) {
        return () -> {
            if (at != version) {
                return false;
            }
            version++;
            events.setAll(folded);
            if (!choices.equals(pots)) {
                pots.setAll(choices);
            }
            return true;
        };
    }

    /** The events the filters let through, newest first. */
    public ObservableList<AuditTrail.Event> shown() {
        return shown;
    }

    /** What is known of each host's pot log: the file read, or why none is (with the line that would keep one). */
    public ObservableList<HostLogSource> sources() {
        return hostLogs.sources();
    }

    /** The host filter's choices: {@link #ALL}, then each host. */
    public List<String> hostChoices() {
        List<String> choices = new ArrayList<>(List.of(ALL));
        choices.addAll(hostLogs.hostNames());
        events.stream()
                .map(AuditTrail.Event::host)
                .distinct()
                .filter(h -> !choices.contains(h))
                .forEach(choices::add);
        return choices;
    }

    /** The pot filter's choices: {@link #ALL}, then every pot an event names, sorted. */
    public ObservableList<String> potChoices() {
        return pots;
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

    /** Writes the events shown, as CSV with secret values masked, to {@code file} (atomically). */
    public void exportCsv(Path file) throws IOException {
        AuditExport.writeCsv(List.copyOf(shown), file);
    }

    /** Writes the events shown and what is known of each host's log, as JSON, to {@code file} (atomically). */
    public void exportJson(Path file) throws IOException {
        AuditExport.writeJson(List.copyOf(sources()), List.copyOf(shown), file);
    }

    /** How an event's exit is shown: the code, what happened instead, or nothing for a host's line. */
    public static String exit(AuditTrail.Event e) {
        return e.entry().map(JournalViewModel::exit).orElse("");
    }

    public static String exit(JournalEntry e) {
        return e.exitCode() == JournalEntry.CANCELLED
                ? "cancelled"
                : e.exitCode() == JournalEntry.FAILED_TO_RUN ? "not run" : String.valueOf(e.exitCode());
    }

    /** Where an event comes from, for the table: console, potctl, host log; "+ host log" when both have it. */
    public static String origin(AuditTrail.Event e) {
        return e.origin() + (e.entry().isPresent() && e.inHostLog() ? " + host log" : "");
    }

    /** The window closed: no more entries for it (the journal keeps watching for the next window). */
    @Override
    public void close() {
        journal.removeListener(listener);
    }

    /** A new entry goes where its time puts it (nearly always the top). */
    private void insert(AuditTrail.Event e) {
        int i = 0;
        while (i < events.size() && events.get(i).at().isAfter(e.at())) {
            i++;
        }
        events.add(i, e);
        version++;
        e.pot().filter(p -> !pots.contains(p)).ifPresent(p -> updatePots());
    }

    private void updatePots() {
        List<String> choices = potChoices(events);
        if (!choices.equals(pots)) {
            pots.setAll(choices);
        }
    }

    /** {@link #ALL}, then every pot the events name, sorted. */
    private static List<String> potChoices(List<AuditTrail.Event> events) {
        TreeSet<String> names = new TreeSet<>();
        events.forEach(e -> e.pot().ifPresent(names::add));
        List<String> choices = new ArrayList<>(List.of(ALL));
        choices.addAll(names);
        return choices;
    }

    private void filter() {
        String q = search.get().toLowerCase(Locale.ROOT);
        String h = host.get() == null ? ALL : host.get();
        String p = pot.get() == null ? ALL : pot.get();
        shown.setPredicate(e -> (!changesOnly.get() || e.changesState() || e.failed())
                && (h.isEmpty() || e.host().equals(h))
                && (p.isEmpty() || e.pot().equals(Optional.of(p)))
                && (q.isEmpty() || matches(e, q)));
    }

    private static boolean matches(AuditTrail.Event e, String q) {
        return e.commandLine().toLowerCase(Locale.ROOT).contains(q)
                || e.host().toLowerCase(Locale.ROOT).contains(q)
                || e.who().toLowerCase(Locale.ROOT).contains(q)
                || e.entry()
                        .map(x -> String.join(" ", x.outputTail())
                                .toLowerCase(Locale.ROOT)
                                .contains(q))
                        .orElse(false);
    }

    // The filters, for the view to bind.

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty changesOnlyProperty() {
        return changesOnly;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty potProperty() {
        return pot;
    }
}
