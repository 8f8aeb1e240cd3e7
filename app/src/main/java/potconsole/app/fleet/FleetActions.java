package potconsole.app.fleet;

import java.util.List;
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
        CopyPotViewModel model = new CopyPotViewModel(
                row.host(), row.name(), hosts, tasks, dialogs, refresh, ImageWriter.Options.defaults(6));
        new CopyPotDialog(owner, model).show();
    }
}
