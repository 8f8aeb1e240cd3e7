package potconsole.app.fleet;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Window;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotRow;
import potconsole.app.state.HostEntry;
import potconsole.engine.image.ImageWriter;

/** Opens the fleet windows: copy or move a pot to another host. */
public final class FleetActions {
    private final Window owner;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final List<HostEntry> hosts;
    private final Consumer<HostEntry> refresh;

    public FleetActions(
            Window owner,
            TasksViewModel tasks,
            DialogService dialogs,
            List<HostEntry> hosts,
            Consumer<HostEntry> refresh) {
        this.owner = owner;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.hosts = hosts;
        this.refresh = refresh;
    }

    public void copy(PotRow row) {
        copy(List.of(row), Optional.empty());
    }

    /** The copy dialog for pots of one host; {@code to}: the target already chosen (a drop onto a host). */
    public void copy(List<PotRow> rows, Optional<HostEntry> to) {
        if (rows.isEmpty() || rows.stream().map(PotRow::host).distinct().count() != 1) {
            dialogs.error(
                    "Copy to host", "Select pots of one host", "Pots of several hosts are copied one host at a time.");
            return;
        }
        CopyPotViewModel model = new CopyPotViewModel(
                rows.get(0).host(),
                rows.stream().map(PotRow::name).toList(),
                to,
                hosts,
                tasks,
                dialogs,
                refresh,
                ImageWriter.Options.defaults(6));
        new CopyPotDialog(owner, model).show();
    }
}
