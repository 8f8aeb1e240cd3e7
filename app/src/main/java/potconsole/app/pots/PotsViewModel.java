package potconsole.app.pots;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import potconsole.app.state.HostEntry;
import potconsole.engine.inventory.InventoryDiff;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;

/**
 * The pots of every host as the table shows them: a projection of each host's inventory (owned by its {@link
 * HostEntry}), kept in step through {@link InventoryDiff} — rows added and removed, changed rows reported as updated
 * so sorting, filtering, cells and action enablement follow — and filtered by the host chosen in the sidebar (or all)
 * and by what the user types. FX thread only.
 */
public final class PotsViewModel {
    /** The tag filter's value for a pot without a tag: pot refuses "-" as a tag, so it names none. */
    public static final String NO_TAG = "-";

    private final RowList rows = new RowList();
    private final FilteredList<PotRow> visible = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Optional<HostEntry>> scope = new SimpleObjectProperty<>(Optional.empty());
    // Chosen states, network types and host names; an empty choice lets every row through.
    private final ObservableSet<PotState> states = FXCollections.observableSet();
    private final ObservableSet<NetworkType> networks = FXCollections.observableSet();
    private final ObservableSet<String> hostNames = FXCollections.observableSet();
    private final ObservableSet<String> tags = FXCollections.observableSet();
    private final Map<HostEntry, ChangeListener<Optional<HostInventory>>> watching = new HashMap<>();

    /** Follows the hosts in {@code hosts}, as they are added and removed. */
    public PotsViewModel(ObservableList<HostEntry> hosts) {
        filter.addListener(o -> updatePredicate());
        scope.addListener(o -> updatePredicate());
        states.addListener((SetChangeListener<PotState>) c -> updatePredicate());
        networks.addListener((SetChangeListener<NetworkType>) c -> updatePredicate());
        hostNames.addListener((SetChangeListener<String>) c -> updatePredicate());
        tags.addListener((SetChangeListener<String>) c -> updatePredicate());
        hosts.forEach(this::watch);
        hosts.addListener((ListChangeListener<HostEntry>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::forget);
                c.getAddedSubList().forEach(this::watch);
            }
        });
    }

    private void watch(HostEntry host) {
        if (watching.containsKey(host)) {
            return;
        }
        ChangeListener<Optional<HostInventory>> l = (o, was, now) -> apply(host, was, now);
        watching.put(host, l);
        host.inventoryProperty().addListener(l);
        apply(host, Optional.empty(), host.inventory());
    }

    private void updatePredicate() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        Optional<HostEntry> host = scope.get();
        Predicate<PotRow> p = r -> host.map(h -> h == r.host()).orElse(true)
                && (needle.isEmpty() || matches(r, needle))
                && chosen(states, r.pot().state())
                && chosen(networks, r.pot().network().type())
                && chosen(hostNames, r.host().name())
                && chosen(tags, tagOf(r));
        visible.setPredicate(p);
    }

    /**
     * A pot's tag for the filter: its {@code :pot.tag}, the tag of its last export, which an imported pot received
     * with the image ({@code zfs send -R} carries it); {@link #NO_TAG} for a pot never exported nor imported.
     */
    public static String tagOf(PotRow r) {
        return r.pot().imageTag().orElse(NO_TAG);
    }

    private static <T> boolean chosen(Set<T> choice, T value) {
        return choice.isEmpty() || choice.contains(value);
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

    /** Every row; reports an update for each row whose pot changed, so bindings on it follow refreshes. */
    public ObservableList<PotRow> allRows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The states the table shows; empty: all. Change it to filter. */
    public ObservableSet<PotState> stateFilter() {
        return states;
    }

    /** The network types the table shows; empty: all. */
    public ObservableSet<NetworkType> networkFilter() {
        return networks;
    }

    /** The hosts (by name) the table shows; empty: all. Besides the sidebar's one host, several at once. */
    public ObservableSet<String> hostFilter() {
        return hostNames;
    }

    /** The tags (see {@link #tagOf}) the table shows; empty: all. */
    public ObservableSet<String> tagFilter() {
        return tags;
    }

    /** The host chosen in the sidebar; empty means all hosts. */
    public ObjectProperty<Optional<HostEntry>> scopeProperty() {
        return scope;
    }

    public List<PotRow> rowsOf(HostEntry host) {
        return rows.stream().filter(r -> r.host() == host).toList();
    }

    /** Drops a host's rows (the host was removed). */
    private void forget(HostEntry host) {
        ChangeListener<Optional<HostInventory>> l = watching.remove(host);
        if (l != null) {
            host.inventoryProperty().removeListener(l);
        }
        rows.removeIf(r -> r.host() == host);
        if (scope.get().filter(h -> h == host).isPresent()) {
            scope.set(Optional.empty());
        }
    }

    /** Projects one host's new inventory onto the rows: what {@link InventoryDiff} says was added, removed, changed. */
    private void apply(HostEntry host, Optional<HostInventory> was, Optional<HostInventory> now) {
        if (now.isEmpty()) {
            return;
        }
        InventoryDiff diff = InventoryDiff.between(
                was.map(HostInventory::pots).orElse(List.of()), now.get().pots());
        Set<String> removed = Set.copyOf(diff.removed());
        rows.removeIf(r -> r.host() == host && removed.contains(r.name()));
        Set<String> changed = Set.copyOf(diff.changed());
        Set<PotRow> updated = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PotRow r : rows) {
            if (r.host() == host && changed.contains(r.name())) {
                updated.add(r);
            }
        }
        rows.updated(updated);
        rows.addAll(diff.added().stream().map(n -> new PotRow(host, n)).toList());
    }
}
