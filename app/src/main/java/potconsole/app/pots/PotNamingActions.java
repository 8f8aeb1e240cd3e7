package potconsole.app.pots;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.command.CloneCommand;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.command.PotCommand;
import potconsole.engine.command.RenameCommand;

/** Actions that name a pot: clone (a new name) and rename; the name is checked as typed, by pot's rules and the host's pots. */
public final class PotNamingActions {
    private final Supplier<PotRow> first;
    private final PotsViewModel pots;
    private final TasksViewModel tasks;
    private final DialogService dialogs;

    PotNamingActions(Supplier<PotRow> first, PotsViewModel pots, TasksViewModel tasks, DialogService dialogs) {
        this.first = first;
        this.pots = pots;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void cloneSelected() {
        PotRow r = first.get();
        dialogs.prompt(
                "Clone " + r.name(),
                "Name of the new pot (it stays dependent on " + r.name() + "'s snapshot"
                        + (r.pot().snapshots().isEmpty() ? "; one is taken now" : "") + ")",
                r.name() + "-clone",
                n -> problem(
                        () -> new CloneCommand(
                                n, r.name(), Optional.empty(), false, NetworkOptions.none(), List.of(), false),
                        r.host(),
                        n),
                n -> PotActionsViewModel.runCommand(
                        tasks,
                        r,
                        new CloneCommand(
                                n,
                                r.name(),
                                Optional.empty(),
                                r.pot().snapshots().isEmpty(),
                                NetworkOptions.none(),
                                List.of(),
                                false)));
    }

    public void rename() {
        PotRow r = first.get();
        dialogs.prompt(
                "Rename " + r.name(),
                "New name",
                r.name(),
                n -> problem(() -> new RenameCommand(r.name(), n), r.host(), n),
                n -> PotActionsViewModel.runCommand(tasks, r, new RenameCommand(r.name(), n)));
    }

    private Optional<String> problem(Supplier<PotCommand> build, HostEntry host, String name) {
        try {
            build.get();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (pots.rowsOf(host).stream().anyMatch(r -> r.name().equals(name))) {
            return Optional.of("A pot named " + name + " already exists on " + host.name());
        }
        return Optional.empty();
    }
}
