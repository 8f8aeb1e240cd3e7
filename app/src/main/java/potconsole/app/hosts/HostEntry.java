package potconsole.app.hosts;

import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import potconsole.engine.service.PotService;

/** One host in the sidebar: its service and what the console knows about reaching it. */
public final class HostEntry {
    /** Reachability as the sidebar shows it; loading, empty and unreachable never look the same. */
    public enum Reach {
        NEVER_LOADED,
        LOADING,
        REACHABLE,
        UNREACHABLE
    }

    private final String name;
    private final boolean sandbox;
    private final PotService service;
    private final ReadOnlyObjectWrapper<Reach> reach = new ReadOnlyObjectWrapper<>(Reach.NEVER_LOADED);
    private final ObjectProperty<Optional<String>> problem = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<Instant>> lastRefresh = new SimpleObjectProperty<>(Optional.empty());

    public HostEntry(String name, boolean sandbox, PotService service) {
        this.name = name;
        this.sandbox = sandbox;
        this.service = service;
    }

    public String name() {
        return name;
    }

    public boolean isSandbox() {
        return sandbox;
    }

    public PotService service() {
        return service;
    }

    public ReadOnlyObjectProperty<Reach> reachProperty() {
        return reach.getReadOnlyProperty();
    }

    public ObjectProperty<Optional<String>> problemProperty() {
        return problem;
    }

    public ObjectProperty<Optional<Instant>> lastRefreshProperty() {
        return lastRefresh;
    }

    /** For the pots view-model, which drives the refresh. */
    public void markLoading() {
        reach.set(Reach.LOADING);
    }

    public void markReached(Instant when) {
        problem.set(Optional.empty());
        lastRefresh.set(Optional.of(when));
        reach.set(Reach.REACHABLE);
    }

    public void markUnreachable(String reason) {
        problem.set(Optional.of(reason));
        reach.set(Reach.UNREACHABLE);
    }
}
