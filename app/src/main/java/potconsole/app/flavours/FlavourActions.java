package potconsole.app.flavours;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.exec.LocalHostFiles;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.host.UserDirectories;

/** Opens the flavour editor on the hosts of the sidebar (their flavour directories) and folders here. */
public final class FlavourActions {
    private final Window owner;
    private final List<HostEntry> hosts;
    private final PotsViewModel pots;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Supplier<HostEntry> currentHost;
    private final Consumer<FlavourEditorViewModel.CreateRequest> create;
    private Runnable buildImage;

    public FlavourActions(
            Window owner,
            List<HostEntry> hosts,
            PotsViewModel pots,
            TasksViewModel tasks,
            DialogService dialogs,
            Supplier<HostEntry> currentHost,
            Consumer<FlavourEditorViewModel.CreateRequest> create) {
        this.owner = owner;
        this.hosts = hosts;
        this.pots = pots;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.currentHost = currentHost;
        this.create = create;
    }

    /** What the editor's "Build image…" opens. */
    public void setBuildImage(Runnable open) {
        this.buildImage = open;
    }

    /** The editor on the current host's flavour directory. */
    public Stage open() {
        FlavourEditorViewModel model = new FlavourEditorViewModel(tasks, dialogs, create);
        for (HostEntry host : hosts) {
            library(host).ifPresent(model::addLibrary);
        }
        HostEntry current = currentHost.get();
        model.libraries().stream()
                .filter(l -> l.host().equals(Optional.of(current.name())))
                .findFirst()
                .or(() -> model.libraries().stream().findFirst())
                .ifPresent(model.libraryProperty()::set);
        model.newFromTemplate(Optional.empty(), "new-flavour");
        Stage window = FlavourEditorWindow.open(
                owner,
                model,
                new HostNames(
                        () -> current.inventory()
                                .map(inv ->
                                        inv.pots().stream().map(p -> p.name()).toList())
                                .orElse(List.of()),
                        () -> current.inventory()
                                .map(inv -> inv.fscomps().stream()
                                        .map(f -> f.name())
                                        .toList())
                                .orElse(List.of())),
                dir -> new FlavourEditorViewModel.Library(
                        dir + " on this workstation",
                        new FlavourLibrary(
                                new LocalHostFiles("this workstation"),
                                dir.toString(),
                                backups().resolve("workstation"),
                                Clock.systemUTC()),
                        Optional.empty()));
        if (buildImage != null) {
            ((FlavourEditorWindow) window.getScene().getRoot()).offerBuild(buildImage);
        }
        return window;
    }

    private Optional<FlavourEditorViewModel.Library> library(HostEntry host) {
        return hostLibrary(host)
                .map(library -> new FlavourEditorViewModel.Library(
                        host.name() + ": " + flavourDirectory(host), library, Optional.of(host.name())));
    }

    /** A host's flavour directory as a library (over its file channel), previous versions kept here. */
    public static Optional<FlavourLibrary> hostLibrary(HostEntry host) {
        return host.service()
                .files()
                .map(files -> new FlavourLibrary(
                        files,
                        flavourDirectory(host),
                        backups().resolve(host.name().replaceAll("[^A-Za-z0-9._-]", "_")),
                        Clock.systemUTC()));
    }

    private static String flavourDirectory(HostEntry host) {
        return host.inventory()
                .map(inv -> inv.settings().get("flavourdir"))
                .filter(d -> d != null && !d.isBlank())
                .orElse("/usr/local/etc/pot/flavours");
    }

    /** Previous versions of saved flavours: {@code $XDG_STATE_HOME/pot-console/flavour-backups}. */
    static Path backups() {
        return UserDirectories.state().resolve("flavour-backups");
    }
}
