package potconsole.app.pots;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import potconsole.app.hosts.HostEntry;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;

/**
 * The pots of every host as the table shows them: each host refreshed from its one-exec inventory and diffed into
 * the existing rows, filtered by the host chosen in the sidebar (or all) and by what the user types. FX thread only;
 * inventories are read in jobs.
 */
public final class PotsViewModel {
    private final JobRunner jobs;
    private final Clock clock;
    private final RowList rows = new RowList();
    private final FilteredList<PotRow> visible = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Optional<HostEntry>> scope = new SimpleObjectProperty<>(Optional.empty());
    private final Map<HostEntry, HostInventory> inventories = new HashMap<>();

    public PotsViewModel(JobRunner jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
        filter.addListener(o -> updatePredicate());
        scope.addListener(o -> updatePredicate());
    }

    private void updatePredicate() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        Optional<HostEntry> host = scope.get();
        Predicate<PotRow> p =
                r -> host.map(h -> h == r.host()).orElse(true) && (needle.isEmpty() || matches(r, needle));
        visible.setPredicate(p);
    }

    private static boolean matches(PotRow r, String needle) {
        Pot p = r.pot();
        return p.name().toLowerCase(Locale.ROOT).contains(needle)
                || p.state().label().contains(needle)
                || p.network().type().potValue().contains(needle)
                || p.network().primaryIp().orElse("").contains(needle)
                || p.base().orElse("").contains(needle)
                || r.host().name().toLowerCase(Locale.ROOT).contains(needle);
    }

    public ObservableList<PotRow> visibleRows() {
        return visible;
    }

    public ObservableList<PotRow> allRows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The host chosen in the sidebar; empty means all hosts. */
    public ObjectProperty<Optional<HostEntry>> scopeProperty() {
        return scope;
    }

    public Optional<HostInventory> inventory(HostEntry host) {
        return Optional.ofNullable(inventories.get(host));
    }

    public List<PotRow> rowsOf(HostEntry host) {
        return rows.stream().filter(r -> r.host() == host).toList();
    }

    // --- commands ---------------------------------------------------------------------------------------------

    /** Reads one host's inventory in a job; its rows are updated in place when it arrives. */
    public void refresh(HostEntry host) {
        if (host.isLoading()) {
            return;
        }
        host.markLoading();
        var handle = jobs.submit(
                "Refresh " + host.name(), ctx -> host.service().inventory(ctx.cancellation()), JobListener.NONE);
        handle.result()
                .whenCompleteAsync(
                        (inv, error) -> {
                            if (error != null) {
                                Throwable cause = error.getCause() != null ? error.getCause() : error;
                                host.markUnreachable(
                                        cause.getMessage() == null ? cause.toString() : cause.getMessage());
                                return;
                            }
                            apply(host, inv);
                            host.markReached(Instant.now(clock));
                        },
                        jobs.callbackExecutor());
    }

    /** Drops a host and its rows (the host was removed). */
    public void forget(HostEntry host) {
        rows.removeIf(r -> r.host() == host);
        inventories.remove(host);
        if (scope.get().filter(h -> h == host).isPresent()) {
            scope.set(Optional.empty());
        }
    }

    /** Diffs one host's new inventory into the rows: new pots added, gone pots removed, others updated in place. */
    public void apply(HostEntry host, HostInventory next) {
        Map<String, Pot> byName = new HashMap<>();
        next.pots().forEach(p -> byName.put(p.name(), p));
        rows.removeIf(r -> r.host() == host && !byName.containsKey(r.name()));
        Map<String, PotRow> existing = new HashMap<>();
        for (PotRow r : rows) {
            if (r.host() == host) {
                existing.put(r.name(), r);
            }
        }
        List<PotRow> added = new ArrayList<>();
        java.util.Set<PotRow> changed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Pot p : next.pots()) {
            PotRow row = existing.get(p.name());
            if (row == null) {
                added.add(new PotRow(host, p));
            } else if (row.update(p)) {
                changed.add(row);
            }
        }
        rows.updated(changed);
        rows.addAll(added);
        inventories.put(host, next);
    }
}
