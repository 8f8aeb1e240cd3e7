package potconsole.app.hosts;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import potconsole.app.dialog.DialogService;
import potconsole.app.hosts.setup.SetupWizardView;
import potconsole.app.hosts.setup.SetupWizardViewModel;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;

/** The host actions of the menus and the sidebar: add, edit, test, resources, remove. FX thread only. */
public final class HostActions {
    private final Window owner;
    private final HostsViewModel hosts;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Supplier<HostEntry> current;

    /** @param current the host chosen in the sidebar (or the first) */
    public HostActions(
            Window owner,
            HostsViewModel hosts,
            TasksViewModel tasks,
            DialogService dialogs,
            Supplier<HostEntry> current) {
        this.owner = owner;
        this.hosts = hosts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.current = current;
    }

    /** Adds a host, then opens the setup wizard on it: it checks the host and says what pot still needs. */
    public void add() {
        new AddHostDialog(owner).showAndWait().flatMap(o -> o).map(hosts::add).ifPresent(this::setup);
    }

    /** The setup wizard (pot installed, pot.conf, init, vnet, a base) on the chosen host. */
    public void setup() {
        setup(current.get());
    }

    private void setup(HostEntry host) {
        SetupWizardView.open(owner, new SetupWizardViewModel(host, tasks, dialogs, Clock.systemUTC()));
    }

    public void edit() {
        HostEntry host = current.get();
        host.profile()
                .ifPresentOrElse(
                        old -> new AddHostDialog(owner, Optional.of(old))
                                .showAndWait()
                                .flatMap(o -> o)
                                .ifPresent(edited -> hosts.replace(old, edited)),
                        () -> dialogs.info("Edit host", host.name() + " is built in: there is nothing to edit."));
    }

    public void test() {
        hosts.test(current.get());
    }

    public void remove() {
        hosts.remove(current.get());
    }

    /** The host's bases, fscomps, bridges, flavours and settings, with create-base, create-fscomp, create-bridge. */
    public void resources() {
        HostEntry host = current.get();
        host.inventory()
                .ifPresentOrElse(
                        inv -> HostResourcesDialog.following(
                                        owner, host, HostResourcesViewModel.forHost(host, inv, tasks, dialogs))
                                .show(),
                        () -> dialogs.info("Resources", host.name() + " has not been read yet."));
    }
}
