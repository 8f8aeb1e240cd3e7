package potconsole.app.flavours;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.flavour.FlavourDocument;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.flavour.FlavourLine;
import potconsole.engine.flavour.LintFinding;
import potconsole.engine.model.Flavour;
import potconsole.engine.model.NetworkType;

/**
 * The flavour editor's state: the library (a host's flavour directory or a folder here), the open flavour as rows
 * and as text kept in sync (edit either), its bootstrap, the linter's findings as you type, and the ordered
 * flavours to preview and apply. FX thread only; the library is read and written in tasks.
 */
public final class FlavourEditorViewModel {
    /** A flavour directory the editor can open, named for the UI. */
    public record Library(String label, FlavourLibrary library, Optional<String> host) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<Library> library = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty hasBootstrap = new SimpleBooleanProperty();
    private final StringProperty bootstrap = new SimpleStringProperty("");
    private final ObjectProperty<NetworkType> network = new SimpleObjectProperty<>(NetworkType.INHERIT);

    private final ObservableList<Library> libraries = FXCollections.observableArrayList();
    private final ObservableList<Library> librariesView = FXCollections.unmodifiableObservableList(libraries);
    private final ObservableList<LintFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<LintFinding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final FlavourRows rows = new FlavourRows(this::changed);
    private final FlavourLibraryTasks libraryTasks;
    private final FlavourApplyModel apply;
    private boolean bootstrapExecutable;
    private FlavourDocument saved = new FlavourDocument("", Optional.empty(), Optional.empty(), false);
    /** The flavour as it was opened or started: leaving it untouched loses nothing. */
    private FlavourDocument pristine = saved;

    /** Opens the create wizard on a host with these flavours, in order. */
    public record CreateRequest(String host, List<String> flavours) {}

    public FlavourEditorViewModel(TasksViewModel tasks, DialogService dialogs, Consumer<CreateRequest> create) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.libraryTasks = new FlavourLibraryTasks(library::get, tasks, dialogs, status::set);
        this.apply = new FlavourApplyModel(this, tasks, dialogs, create);
        bootstrap.addListener((o, was, now) -> changed());
        hasBootstrap.addListener((o, was, now) -> changed());
        name.addListener((o, was, now) -> changed());
        network.addListener((o, was, now) -> changed());
        library.addListener((o, was, now) -> reloadList());
        pristine = document();
    }

    /** The libraries to choose from, read-only: {@link #addLibrary} adds one. */
    public ObservableList<Library> libraries() {
        return librariesView;
    }

    public void addLibrary(Library added) {
        libraries.add(added);
    }

    public ObservableList<Flavour> flavours() {
        return libraryTasks.flavours();
    }

    /** The command file as rows, read-only: {@link #add}, {@link #replace}, {@link #remove}, {@link #move}. */
    public ObservableList<FlavourLine> lines() {
        return rows.lines();
    }

    public ObservableList<LintFinding> findings() {
        return findingsView;
    }

    /** "Preview & apply": the flavours to apply in order, the dry run, the create wizard. */
    public FlavourApplyModel apply() {
        return apply;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // --- the rows ---------------------------------------------------------------------------------------------

    public void add(FlavourLine line) {
        rows.add(line);
    }

    /**
     * A row's edit: {@code shown} is the line the row was showing. When the line at {@code index} is no longer that
     * one (the text view moved or rewrote it since the row was built), the edit is stale and dropped: it would
     * overwrite another line with the row's old content. Only that one line of the text changes.
     *
     * @return whether the edit was taken
     */
    public boolean replace(int index, FlavourLine shown, FlavourLine line) {
        return rows.replace(index, shown, line);
    }

    public void remove(int index) {
        rows.remove(index);
    }

    /** Moves a row by {@code delta} places (drag and drop, Alt+Up/Down); false when it cannot move. */
    public boolean move(int index, int delta) {
        return rows.move(index, delta);
    }

    // --- documents --------------------------------------------------------------------------------------------

    /** The flavour as it would be saved: no command file when there are no rows and there is a bootstrap. */
    public FlavourDocument document() {
        String text = rows.textProperty().get();
        boolean noCommands = text.isEmpty() && hasBootstrap.get();
        return new FlavourDocument(
                name.get().strip(),
                noCommands ? Optional.empty() : Optional.of(text),
                hasBootstrap.get() ? Optional.of(bootstrap.get()) : Optional.empty(),
                bootstrapExecutable);
    }

    /**
     * Runs {@code then} now when nothing is unsaved; else asks first: Save (then continue), Discard (continue) or
     * Cancel (stay).
     */
    public void whenEditsAreSafe(String doing, Runnable then) {
        if (!hasUnsavedEdits()) {
            then.run();
            return;
        }
        String current = name.get().isBlank() ? "this flavour" : name.get();
        dialogs.choose(
                "Unsaved changes in " + current,
                current + " has changes that are not saved. " + doing + " replaces it in the editor.",
                List.of("Save", "Discard"),
                choice -> {
                    if (choice.equals("Save")) {
                        save(then);
                    } else {
                        then.run();
                    }
                });
    }

    /** Edits that would be lost: unsaved, and not the untouched flavour as it was opened or started from a template. */
    public boolean hasUnsavedEdits() {
        return dirty.get() && !same(document(), pristine);
    }

    private static boolean same(FlavourDocument a, FlavourDocument b) {
        return a.name().equals(b.name())
                && a.commandFile().equals(b.commandFile())
                && a.bootstrap().equals(b.bootstrap());
    }

    public void load(FlavourDocument doc) {
        saved = doc;
        bootstrapExecutable = doc.bootstrapExecutable();
        name.set(doc.name());
        rows.load(doc.commandFile().orElse(""));
        hasBootstrap.set(doc.bootstrap().isPresent());
        bootstrap.set(doc.bootstrap().orElse(""));
        if (!apply.applyOrder().contains(doc.name())) {
            apply.applyOrder().setAll(List.of(doc.name()));
        }
        pristine = document();
        changed();
    }

    /** A new flavour from a shipped template (or blank), not saved yet; unsaved edits are asked about first. */
    public void newFromTemplate(Optional<String> template, String newName) {
        whenEditsAreSafe("A new flavour", () -> startNew(template, newName));
    }

    private void startNew(Optional<String> template, String newName) {
        FlavourDocument doc = template.map(FlavourTemplates::load)
                .orElse(new FlavourDocument(newName, Optional.of(""), Optional.empty(), false));
        saved = new FlavourDocument("", Optional.empty(), Optional.empty(), false);
        // Not stored yet: saving sets the execute bits, so the linter has nothing to say about them.
        load(new FlavourDocument(newName, doc.commandFile(), doc.bootstrap(), true));
        saved = new FlavourDocument("", Optional.empty(), Optional.empty(), false);
        changed();
    }

    /** Opens a flavour of the library; unsaved edits are asked about first. */
    public void open(String flavour) {
        if (library.get() != null) {
            whenEditsAreSafe("Opening " + flavour, () -> libraryTasks.open(flavour, this::load));
        }
    }

    /** Saves into the library; {@code then} runs when it is written. */
    public void save(Runnable then) {
        FlavourDocument doc = document();
        if (library.get() == null) {
            dialogs.info("Save", "Choose where the flavour goes: a host's flavour directory or a folder here.");
            return;
        }
        libraryTasks.save(doc, () -> {
            bootstrapExecutable = doc.bootstrap().isPresent();
            saved = document();
            pristine = saved;
            changed();
            reloadList();
            then.run();
        });
    }

    /** Delete, rename, duplicate and copy of whole flavours in the chosen library. */
    FlavourLibraryTasks libraryTasks() {
        return libraryTasks;
    }

    // --- internals --------------------------------------------------------------------------------------------

    public void reloadList() {
        libraryTasks.reload();
    }

    private void changed() {
        FlavourDocument doc = document();
        findings.setAll(doc.lint(Optional.ofNullable(network.get())));
        if (doc.name().isBlank()) {
            findings.add(
                    0,
                    new LintFinding(
                            LintFinding.WHOLE_FLAVOUR, LintFinding.Severity.ERROR, "no name", "name the flavour"));
        }
        dirty.set(!doc.name().equals(saved.name())
                || !doc.commandFile().equals(saved.commandFile())
                || !doc.bootstrap().equals(saved.bootstrap()));
    }

    // The form's fields, for the view to bind.

    public ObjectProperty<Library> libraryProperty() {
        return library;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty commandTextProperty() {
        return rows.textProperty();
    }

    public BooleanProperty hasBootstrapProperty() {
        return hasBootstrap;
    }

    public StringProperty bootstrapProperty() {
        return bootstrap;
    }

    public ObjectProperty<NetworkType> networkProperty() {
        return network;
    }
}
