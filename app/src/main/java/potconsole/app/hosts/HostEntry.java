package potconsole.app.hosts;

import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import potconsole.engine.host.HostProfile;
import potconsole.engine.service.PotService;

/**
 * One host in the sidebar: its service and what the console knows about reaching it. "Not read yet", "reachable"
 * and "unreachable (why)" never look the same; a refresh in progress is shown beside the last known state rather
 * than replacing it. FX thread only.
 */
public final class HostEntry {
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

    public void markReached(Instant when) {
        failuresInARow = 0;
        problem.set(Optional.empty());
        lastRefresh.set(Optional.of(when));
        reach.set(Reach.REACHABLE);
        loading.set(false);
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
