package potconsole.app.images;

import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.nomad.NomadActions;
import potconsole.app.pots.PotRow;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.image.KeyRing;

/** Opens the image windows: export of a pot, import onto the current host, the registry browser. */
public final class ImageActions {
    private final Window owner;
    private final PotsViewModel pots;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Supplier<HostEntry> currentHost;
    private final List<HostEntry> hosts;
    private final KeyRing keys;
    private final NomadActions nomad;
    private Runnable buildImage;

    public ImageActions(
            Window owner,
            PotsViewModel pots,
            TasksViewModel tasks,
            DialogService dialogs,
            Supplier<HostEntry> currentHost,
            List<HostEntry> hosts,
            KeyRing keys,
            NomadActions nomad) {
        this.owner = owner;
        this.pots = pots;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.currentHost = currentHost;
        this.hosts = hosts;
        this.keys = keys;
        this.nomad = nomad;
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
        importImage(pot, tag, url, null);
    }

    private void importImage(String pot, String tag, String url, RegistryViewModel from) {
        ImportImageViewModel model = new ImportImageViewModel(currentHost.get(), pots, tasks, dialogs);
        if (from != null) {
            model.offerImages(from.entries().stream().map(e -> e.name()).toList());
        }
        if (from != null && from.registry().isPresent()) {
            from.entries().stream()
                    .filter(e -> e.name().pot().equals(pot) && e.name().tag().equals(tag))
                    .findFirst()
                    .ifPresent(e -> model.pushableFrom(from.registry().get(), e));
        }
        model.potProperty().set(pot);
        model.tagProperty().set(tag);
        model.urlProperty().set(url);
        ImportImageDialog dialog = new ImportImageDialog(owner, model);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ImportImageDialog.IMPORT) {
                model.importImage();
            }
        });
        dialog.show();
    }

    /** What the registry browser's "Build image…" opens. */
    public void setBuildImage(Runnable open) {
        this.buildImage = open;
    }

    public void showRegistry() {
        RegistryViewModel model = new RegistryViewModel(tasks, dialogs, name -> HostEntry.files(hosts, name), keys);
        Stage window = RegistryWindow.open(
                owner,
                model,
                (entry, url) -> importImage(entry.name().pot(), entry.name().tag(), url, model),
                () -> showKeys(),
                (entry, url) ->
                        nomad.forImage(url, entry.name().pot(), entry.name().tag()),
                (entry, url) -> runImage(entry.name().pot(), entry.name().tag(), url));
        if (buildImage != null) {
            ((RegistryWindow) window.getScene().getRoot()).offerBuild(buildImage);
        }
    }

    /** "Run (pot prepare)" on the current host, pre-filled from the registry's image. */
    public void runImage(String pot, String tag, String url) {
        PrepareImageViewModel model = new PrepareImageViewModel(currentHost.get(), tasks);
        model.potProperty().set(pot);
        model.tagProperty().set(tag);
        model.urlProperty().set(url);
        PrepareImageDialog dialog = new PrepareImageDialog(owner, model);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == PrepareImageDialog.RUN) {
                model.run();
            }
        });
        dialog.show();
    }

    public void showKeys() {
        KeysWindow.open(owner, new KeysViewModel(keys, hosts, HostEntry::inventory, tasks, dialogs));
    }
}
