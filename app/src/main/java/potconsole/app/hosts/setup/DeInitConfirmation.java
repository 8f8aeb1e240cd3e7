package potconsole.app.hosts.setup;

import java.util.Optional;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.command.DeInitCommand;
import potconsole.engine.model.HostInventory;
import potconsole.engine.setup.DeInitImpact;

/**
 * {@code pot de-init}, only behind typing the host's name: the question names every pot, base, fscomp and bridge it
 * destroys ({@code zfs destroy -r POT_ZFS_ROOT}, the image cache included). Running pots must be stopped first: pot's
 * own {@code -f} does not (pot-spec §10).
 */
public final class DeInitConfirmation {
    private final HostEntry host;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Runnable after;

    DeInitConfirmation(HostEntry host, TasksViewModel tasks, DialogService dialogs, Runnable after) {
        this.host = host;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.after = after;
    }

    public void ask() {
        Optional<HostInventory> inv = host.inventory();
        if (inv.isEmpty()) {
            dialogs.info("Remove pot from " + host.name(), host.name() + " has not been read: nothing to name.");
            return;
        }
        if (!inv.get().runningJails().isEmpty()) {
            dialogs.info(
                    "Remove pot from " + host.name(),
                    "Stop the running pots first: "
                            + String.join(", ", inv.get().runningJails()) + ". pot de-init does not stop them itself.");
            return;
        }
        String label = "pot de-init destroys, and nothing brings back:\n  • "
                + String.join("\n  • ", DeInitImpact.lines(inv.get())) + "\n\nType the host's name (" + host.name()
                + ") to go on:";
        dialogs.prompt(
                "Remove pot from " + host.name(),
                label,
                "",
                typed -> typed.equals(host.name()) ? Optional.empty() : Optional.of("Type " + host.name() + " exactly"),
                typed -> run());
    }

    private void run() {
        DeInitCommand command = DeInitCommand.standard();
        tasks.run(host, command.display() + " on " + host.name(), host.service().job(command), v -> after.run());
    }
}
