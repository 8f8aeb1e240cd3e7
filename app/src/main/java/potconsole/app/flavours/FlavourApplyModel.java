package potconsole.app.flavours;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.dialog.OrderedChoices;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.flavour.FlavourDocument;
import potconsole.engine.model.NetworkType;

/**
 * The editor's "Preview & apply": the flavours to apply in order, a dry run of the create on a simulated host, and
 * the create wizard with them. FX thread only.
 */
public final class FlavourApplyModel {
    private final FlavourEditorViewModel editor;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Consumer<FlavourEditorViewModel.CreateRequest> create;
    private final OrderedChoices applyOrder = new OrderedChoices();
    private final StringProperty base = new SimpleStringProperty("14.1");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");

    FlavourApplyModel(
            FlavourEditorViewModel editor,
            TasksViewModel tasks,
            DialogService dialogs,
            Consumer<FlavourEditorViewModel.CreateRequest> create) {
        this.editor = editor;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.create = create;
    }

    /** The flavours "Preview & apply" applies, in order. */
    public OrderedChoices applyOrder() {
        return applyOrder;
    }

    /** The base the dry run creates its pot from. */
    public StringProperty baseProperty() {
        return base;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The dry run of the apply list on a simulated host: pot.conf/fscomp.conf changes and order problems. */
    public void preview() {
        FlavourEditorViewModel.Library lib = editor.libraryProperty().get();
        FlavourDocument current = editor.document();
        List<String> order = List.copyOf(applyOrder.items().isEmpty() ? List.of(current.name()) : applyOrder.items());
        String pot = current.name().isBlank() ? "preview" : current.name().replace('.', '-');
        String baseName = base.get().strip();
        NetworkType type = editor.networkProperty().get();
        tasks.run(
                "preview " + String.join(" ", order),
                "this workstation",
                FlavourPreviewText.job(order, current, lib == null ? null : lib.library(), pot, baseName, type),
                preview::set,
                e -> preview.set("Preview failed: " + ErrorText.of(e).headline()));
    }

    /** Saves the flavour if it changed, then opens the create wizard on the library's host with the apply list. */
    public void createPotWithFlavours() {
        FlavourEditorViewModel.Library lib = editor.libraryProperty().get();
        if (lib == null || lib.host().isEmpty()) {
            dialogs.info("Create a pot", "Flavours are applied from a host's flavour directory: open one first.");
            return;
        }
        Runnable open = () -> create.accept(
                new FlavourEditorViewModel.CreateRequest(lib.host().get(), List.copyOf(applyOrder.items())));
        if (editor.dirtyProperty().get()) {
            editor.save(open);
        } else {
            open.run();
        }
    }
}
