package potconsole.app.build;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.flavour.FlavourLibrary;

/** Opens "Build image…" on the current host (from the Pot menu, the flavour editor and the registry browser). */
public final class BuildActions {
    private final Window owner;
    private final List<HostEntry> hosts;
    private final TasksViewModel tasks;
    private final Supplier<HostEntry> currentHost;
    private final Function<HostEntry, Optional<FlavourLibrary>> libraries;

    public BuildActions(
            Window owner,
            List<HostEntry> hosts,
            TasksViewModel tasks,
            Supplier<HostEntry> currentHost,
            Function<HostEntry, Optional<FlavourLibrary>> libraries) {
        this.owner = owner;
        this.hosts = hosts;
        this.tasks = tasks;
        this.currentHost = currentHost;
        this.libraries = libraries;
    }

    public Stage open() {
        Function<String, Optional<HostFiles>> hostFiles = name -> hosts.stream()
                .filter(h -> h.name().equalsIgnoreCase(name))
                .findFirst()
                .flatMap(h -> h.service().files());
        return BuildWindow.open(
                owner, new BuildViewModel(hosts, currentHost.get(), tasks, libraries, hostFiles, Clock.systemUTC()));
    }
}
