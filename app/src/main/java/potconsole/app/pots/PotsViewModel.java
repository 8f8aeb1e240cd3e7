package potconsole.app.pots;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import potconsole.app.hosts.HostEntry;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;

/**
 * The pots of one host as the table shows them: refreshed from the one-exec inventory and diffed into the existing
 * rows, filtered as the user types. FX thread only; the inventory itself is read in a job.
 */
public final class PotsViewModel {
    private final HostEntry host;
    private final JobRunner jobs;
    private final Clock clock;
    private final ObservableList<PotRow> rows =
            FXCollections.observableArrayList(r -> new javafx.beans.Observable[] {r.potProperty()});
    private final FilteredList<PotRow> visible = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<HostInventory>> inventory =
            new ReadOnlyObjectWrapper<>(Optional.empty());

    public PotsViewModel(HostEntry host, JobRunner jobs, Clock clock) {
        this.host = host;
        this.jobs = jobs;
        this.clock = clock;
        filter.addListener((o, was, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(r -> needle.isEmpty() || matches(r.pot(), needle));
        });
    }

    private static boolean matches(Pot p, String needle) {
        return p.name().toLowerCase(Locale.ROOT).contains(needle)
                || p.state().label().contains(needle)
                || p.network().type().potValue().contains(needle)
                || p.network().primaryIp().orElse("").contains(needle)
                || p.base().orElse("").contains(needle);
    }

    public HostEntry host() {
        return host;
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

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<HostInventory>> inventoryProperty() {
        return inventory.getReadOnlyProperty();
    }

    // --- commands ---------------------------------------------------------------------------------------------

    /** Reads the host's inventory in a job; the table is updated in place when it arrives. */
    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        host.markLoading();
        var handle = jobs.submit(
                "Refresh " + host.name(), ctx -> host.service().inventory(ctx.cancellation()), JobListener.NONE);
        handle.result()
                .whenCompleteAsync(
                        (inv, error) -> {
                            loading.set(false);
                            if (error != null) {
                                Throwable cause = error.getCause() != null ? error.getCause() : error;
                                host.markUnreachable(
                                        cause.getMessage() == null ? cause.toString() : cause.getMessage());
                                return;
                            }
                            apply(inv);
                            host.markReached(Instant.now(clock));
                        },
                        jobs.callbackExecutor());
    }

    /** Diffs the new inventory into the rows: new pots added, gone pots removed, the others updated in place. */
    void apply(HostInventory next) {
        Map<String, Pot> byName = new HashMap<>();
        next.pots().forEach(p -> byName.put(p.name(), p));
        rows.removeIf(r -> !byName.containsKey(r.name()));
        Map<String, PotRow> existing = new HashMap<>();
        rows.forEach(r -> existing.put(r.name(), r));
        List<PotRow> added = next.pots().stream()
                .filter(p -> !existing.containsKey(p.name()))
                .map(p -> new PotRow(host.name(), p))
                .toList();
        existing.forEach((name, row) -> row.update(byName.get(name)));
        rows.addAll(added);
        inventory.set(Optional.of(next));
    }
}
