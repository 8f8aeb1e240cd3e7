package potconsole.app.images;

import java.util.function.Supplier;
import javafx.stage.Window;
import potconsole.app.dialog.DialogService;
import potconsole.app.hosts.HostEntry;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotRow;
import potconsole.app.pots.PotsViewModel;

/** Opens the image windows: export of a pot, import onto the current host, the registry browser. */
public final class ImageActions {
    private final Window owner;
    private final PotsViewModel pots;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Supplier<HostEntry> currentHost;

    public ImageActions(
            Window owner,
            PotsViewModel pots,
            TasksViewModel tasks,
            DialogService dialogs,
            Supplier<HostEntry> currentHost) {
        this.owner = owner;
        this.pots = pots;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.currentHost = currentHost;
    }

    public void export(PotRow row) {
        ExportImageViewModel model = new ExportImageViewModel(row, pots, tasks, dialogs);
        ExportImageDialog dialog = new ExportImageDialog(owner, model);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ExportImageDialog.EXPORT) {
                model.export();
            }
        });
        dialog.show();
    }

    /** The import dialog, pre-filled (empty strings leave a field for the user). */
    public void importImage(String pot, String tag, String url) {
        ImportImageViewModel model = new ImportImageViewModel(currentHost.get(), pots, tasks, dialogs);
        model.pot.set(pot);
        model.tag.set(tag);
        model.url.set(url);
        ImportImageDialog dialog = new ImportImageDialog(owner, model);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ImportImageDialog.IMPORT) {
                model.importImage();
            }
        });
        dialog.show();
    }

    public void showRegistry() {
        RegistryWindow.open(
                owner,
                new RegistryViewModel(tasks, dialogs),
                (entry, url) -> importImage(entry.name().pot(), entry.name().tag(), url));
    }
}
