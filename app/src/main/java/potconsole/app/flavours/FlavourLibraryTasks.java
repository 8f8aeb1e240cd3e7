package potconsole.app.flavours;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.flavour.FlavourDocument;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.model.Flavour;

/** The chosen library's flavour list and the file work on it: open, save, delete, rename, duplicate, copy. */
final class FlavourLibraryTasks {
    private final ObservableList<Flavour> flavours = FXCollections.observableArrayList();
    private final ObservableList<Flavour> flavoursView = FXCollections.unmodifiableObservableList(flavours);
    private final Supplier<FlavourEditorViewModel.Library> library;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;

    FlavourLibraryTasks(
            Supplier<FlavourEditorViewModel.Library> library,
            TasksViewModel tasks,
            DialogService dialogs,
            Consumer<String> status) {
        this.library = library;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    ObservableList<Flavour> flavours() {
        return flavoursView;
    }

    /** Reads a flavour of the library and hands it to {@code loaded}. */
    void open(String flavour, Consumer<FlavourDocument> loaded) {
        FlavourEditorViewModel.Library lib = library.get();
        tasks.run(
                "open flavour " + flavour,
                lib.label(),
                context -> lib.library().open(flavour),
                loaded,
                e -> dialogs.error("Cannot open " + flavour, e));
    }

    /** Writes the flavour; the status line says where (and where the previous version went), then {@code saved}. */
    void save(FlavourDocument doc, Runnable saved) {
        FlavourEditorViewModel.Library lib = library.get();
        tasks.run(
                "save flavour " + doc.name() + " to " + lib.label(),
                lib.label(),
                context -> lib.library().save(doc),
                backup -> {
                    status.accept("Saved " + doc.name() + " to " + lib.library().location()
                            + backup.map(b -> "; the previous version is in " + b)
                                    .orElse(""));
                    saved.run();
                },
                e -> dialogs.error("Save failed", e));
    }

    void delete(String flavour) {
        FlavourEditorViewModel.Library lib = library.get();
        dialogs.confirm(
                "Delete flavour " + flavour + "?",
                "Deletes " + flavour + " and " + flavour + ".sh from "
                        + lib.library().location()
                        + ". A copy is kept on this workstation. Pots created with it are not affected.",
                "Delete",
                () -> run("delete flavour " + flavour, l -> l.delete(flavour)));
    }

    void rename(String from, String to) {
        run("rename flavour " + from + " to " + to, l -> l.rename(from, to));
    }

    void duplicate(String from, String to) {
        run("duplicate flavour " + from + " as " + to, l -> l.duplicate(from, to));
    }

    void copyTo(String flavour, FlavourEditorViewModel.Library target) {
        run("copy flavour " + flavour + " to " + target.label(), l -> l.copyTo(flavour, target.library()));
    }

    private interface LibraryWork {
        void run(FlavourLibrary library) throws Exception;
    }

    private void run(String title, LibraryWork work) {
        FlavourEditorViewModel.Library lib = library.get();
        if (lib == null) {
            return;
        }
        tasks.run(
                title,
                lib.label(),
                context -> {
                    work.run(lib.library());
                    return title;
                },
                done -> reload(),
                e -> dialogs.error(title + " failed", e));
    }

    /** Reads the library's flavours again; the status line says how many, or why not. */
    void reload() {
        FlavourEditorViewModel.Library lib = library.get();
        if (lib == null) {
            flavours.clear();
            return;
        }
        tasks.run(
                "list flavours of " + lib.label(),
                lib.label(),
                context -> lib.library().list(),
                (List<Flavour> found) -> {
                    flavours.setAll(found);
                    status.accept(
                            found.size() + " flavour(s) in " + lib.library().location());
                },
                e -> {
                    flavours.clear();
                    status.accept(ErrorText.of(e).headline());
                });
    }
}
