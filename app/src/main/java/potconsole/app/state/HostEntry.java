package potconsole.app.state;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.host.HostProfile;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.service.PotService;

/**
 * One host and the one copy of what the console knows about it: how to reach it, whether it was reached, and its
 * last inventory. The table rows, the details pane, action enablement and the sidebar are projections of this; no
 * other object keeps a copy of a pot. "Not read yet", "reachable" and "unreachable (why)" never look the same; a
 * refresh in progress is shown beside the last known state rather than replacing it. FX thread only.
 */
public final class HostEntry {
    /** The file access of the host named {@code name} (case as pot hosts are named: ignored) among {@code hosts}. */
    public static Optional<HostFiles> files(Collection<HostEntry> hosts, String name) {
        return hosts.stream()
                .filter(h -> h.name().equalsIgnoreCase(name))
                .findFirst()
                .flatMap(h -> h.service().files());
    }

    public enum Reach {
        NEVER_LOADED,
        REACHABLE,
        UNREACHABLE
    }

    private final String name;
    private final boolean sandbox;
    private final Optional<HostProfile> profile;
    private final PotService service;
    private final ReadOnlyObjectWrapper<Reach> reach = new ReadOnlyObjectWrapper<>(Reach.NEVER_LOADED);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<String>> problem = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Instant>> lastRefresh = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<HostInventory>> inventory =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private Map<String, Pot> potsByName = Map.of();
    private int failuresInARow;

    public HostEntry(String name, boolean sandbox, Optional<HostProfile> profile, PotService service) {
        this.name = name;
        this.sandbox = sandbox;
        this.profile = profile;
        this.service = service;
    }

    public HostEntry(String name, boolean sandbox, PotService service) {
        this(name, sandbox, Optional.empty(), service);
    }

    public String name() {
        return name;
    }

    public boolean isSandbox() {
        return sandbox;
    }

    public Optional<HostProfile> profile() {
        return profile;
    }

    public PotService service() {
        return service;
    }

    public ReadOnlyObjectProperty<Reach> reachProperty() {
        return reach.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<String>> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Instant>> lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }

    /** The last inventory read; replaced only when something in it changed, so listeners hear only real changes. */
    public ReadOnlyObjectProperty<Optional<HostInventory>> inventoryProperty() {
        return inventory.getReadOnlyProperty();
    }

    public Optional<HostInventory> inventory() {
        return inventory.get();
    }

    /** The pot as the last inventory has it. */
    public Optional<Pot> pot(String name) {
        return Optional.ofNullable(potsByName.get(name));
    }

    /** How many refreshes in a row failed (the poller backs off on it). */
    public int failuresInARow() {
        return failuresInARow;
    }

    public boolean isLoading() {
        return loading.get();
    }

    public void markLoading() {
        loading.set(true);
    }

    /** A read succeeded: the inventory is the host's state from now on (listeners hear it only when it changed). */
    public void markReached(Instant when, HostInventory read) {
        if (inventory.get().filter(old -> sameContent(old, read)).isEmpty()) {
            Map<String, Pot> byName = new HashMap<>();
            read.pots().forEach(p -> byName.put(p.name(), p));
            potsByName = byName;
            inventory.set(Optional.of(read));
        }
        failuresInARow = 0;
        problem.set(Optional.empty());
        lastRefresh.set(Optional.of(when));
        reach.set(Reach.REACHABLE);
        loading.set(false);
    }

    /** Equal but for the time it was read. */
    private static boolean sameContent(HostInventory a, HostInventory b) {
        return a.pots().equals(b.pots())
                && a.settings().equals(b.settings())
                && a.bases().equals(b.bases())
                && a.fscomps().equals(b.fscomps())
                && a.bridges().equals(b.bridges())
                && a.flavours().equals(b.flavours())
                && a.runningJails().equals(b.runningJails());
    }

    public void markUnreachable(String reason) {
        failuresInARow++;
        problem.set(Optional.of(reason));
        reach.set(Reach.UNREACHABLE);
        loading.set(false);
    }

    @Override
    public String toString() {
        return name;
    }
}
