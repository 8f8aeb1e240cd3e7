package potconsole.app.flavours;

import java.util.ArrayList;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.dialog.OrderedChoices;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.flavour.FlavourDocument;
import potconsole.engine.flavour.FlavourFile;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.flavour.FlavourLine;
import potconsole.engine.flavour.FlavourLinter;
import potconsole.engine.flavour.LintFinding;
import potconsole.engine.model.Flavour;
import potconsole.engine.model.NetworkType;
import potconsole.engine.sandbox.FlavourPreview;

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
    private final StringProperty commandText = new SimpleStringProperty("");
    private final BooleanProperty hasBootstrap = new SimpleBooleanProperty();
    private final StringProperty bootstrap = new SimpleStringProperty("");
    private final ObjectProperty<NetworkType> network = new SimpleObjectProperty<>(NetworkType.INHERIT);
    private final StringProperty base = new SimpleStringProperty("14.1");

    private final ObservableList<Library> libraries = FXCollections.observableArrayList();
    private final ObservableList<Library> librariesView = FXCollections.unmodifiableObservableList(libraries);
    private final ObservableList<Flavour> flavours = FXCollections.observableArrayList();
    private final ObservableList<Flavour> flavoursView = FXCollections.unmodifiableObservableList(flavours);
    private final ObservableList<FlavourLine> lines = FXCollections.observableArrayList();
    private final ObservableList<FlavourLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<LintFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<LintFinding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final OrderedChoices applyOrder = new OrderedChoices();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Consumer<CreateRequest> create;
    private boolean finalNewline = true;
    private boolean bootstrapExecutable;
    private boolean syncing;
    private FlavourDocument saved = new FlavourDocument("", Optional.empty(), Optional.empty(), false);
    /** The flavour as it was opened or started: leaving it untouched loses nothing. */
    private FlavourDocument pristine = saved;

    /** Opens the create wizard on a host with these flavours, in order. */
    public record CreateRequest(String host, List<String> flavours) {}

    public FlavourEditorViewModel(TasksViewModel tasks, DialogService dialogs, Consumer<CreateRequest> create) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.create = create;
        lines.addListener((ListChangeListener<FlavourLine>) c -> {
            if (!syncing) {
                syncing = true;
                commandText.set(new FlavourFile(lines, finalNewline || lines.isEmpty()).render());
                syncing = false;
            }
            changed();
        });
        commandText.addListener((o, was, text) -> {
            if (!syncing) {
                syncing = true;
                FlavourFile file = FlavourFile.parse(text);
                finalNewline = file.finalNewline() || text.isEmpty();
                lines.setAll(file.lines());
                syncing = false;
            }
            changed();
        });
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
        return flavoursView;
    }

    public ObservableList<FlavourLine> lines() {
        return linesView;
    }

    public ObservableList<LintFinding> findings() {
        return findingsView;
    }

    /** The flavours "Preview & apply" applies, in order. */
    public OrderedChoices applyOrder() {
        return applyOrder;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // --- the rows ---------------------------------------------------------------------------------------------

    public void add(FlavourLine line) {
        lines.add(line);
    }

    /**
     * A row's edit: {@code shown} is the line the row was showing. When the line at {@code index} is no longer that
     * one (the text view moved or rewrote it since the row was built), the edit is stale and dropped: it would
     * overwrite another line with the row's old content. Only that one line of the text changes.
     *
     * @return whether the edit was taken
     */
    public boolean replace(int index, FlavourLine shown, FlavourLine line) {
        if (index < 0 || index >= lines.size() || !lines.get(index).raw().equals(shown.raw())) {
            return false;
        }
        if (!lines.get(index).equals(line)) {
            lines.set(index, line);
        }
        return true;
    }

    public void remove(int index) {
        lines.remove(index);
    }

    /** Moves a row by {@code delta} places (drag and drop, Alt+Up/Down); false when it cannot move. */
    public boolean move(int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= lines.size() || target < 0 || target >= lines.size()) {
            return false;
        }
        FlavourLine line = lines.remove(index);
        lines.add(target, line);
        return true;
    }

    // --- documents --------------------------------------------------------------------------------------------

    /** The flavour as it would be saved: no command file when there are no rows and there is a bootstrap. */
    public FlavourDocument document() {
        String text = commandText.get();
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
        finalNewline =
                doc.commandFile().map(t -> t.isEmpty() || t.endsWith("\n")).orElse(true);
        commandText.set(doc.commandFile().orElse(""));
        hasBootstrap.set(doc.bootstrap().isPresent());
        bootstrap.set(doc.bootstrap().orElse(""));
        if (!applyOrder.contains(doc.name())) {
            applyOrder.setAll(List.of(doc.name()));
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
        Library lib = library.get();
        if (lib == null) {
            return;
        }
        whenEditsAreSafe(
                "Opening " + flavour,
                () -> tasks.run(
                        "open flavour " + flavour,
                        lib.label(),
                        context -> lib.library().open(flavour),
                        this::load,
                        e -> dialogs.error(
                                "Cannot open " + flavour,
                                ErrorText.of(e).headline(),
                                ErrorText.of(e).details())));
    }

    /** Saves into the library; {@code then} runs when it is written. */
    public void save(Runnable then) {
        Library lib = library.get();
        FlavourDocument doc = document();
        if (lib == null) {
            dialogs.info("Save", "Choose where the flavour goes: a host's flavour directory or a folder here.");
            return;
        }
        tasks.run(
                "save flavour " + doc.name() + " to " + lib.label(),
                lib.label(),
                context -> lib.library().save(doc),
                backup -> {
                    bootstrapExecutable = doc.bootstrap().isPresent();
                    saved = document();
                    pristine = saved;
                    status.set("Saved " + doc.name() + " to " + lib.library().location()
                            + backup.map(b -> "; the previous version is in " + b)
                                    .orElse(""));
                    changed();
                    reloadList();
                    then.run();
                },
                e -> dialogs.error(
                        "Save failed",
                        ErrorText.of(e).headline(),
                        ErrorText.of(e).details()));
    }

    public void delete(String flavour) {
        Library lib = library.get();
        dialogs.confirm(
                "Delete flavour " + flavour + "?",
                "Deletes " + flavour + " and " + flavour + ".sh from "
                        + lib.library().location()
                        + ". A copy is kept on this workstation. Pots created with it are not affected.",
                "Delete",
                () -> libraryTask("delete flavour " + flavour, l -> l.delete(flavour)));
    }

    public void rename(String from, String to) {
        libraryTask("rename flavour " + from + " to " + to, l -> l.rename(from, to));
    }

    public void duplicate(String from, String to) {
        libraryTask("duplicate flavour " + from + " as " + to, l -> l.duplicate(from, to));
    }

    public void copyTo(String flavour, Library target) {
        libraryTask("copy flavour " + flavour + " to " + target.label(), l -> l.copyTo(flavour, target.library()));
    }

    // --- preview and apply ------------------------------------------------------------------------------------

    /** The dry run of the apply list on a simulated host: pot.conf/fscomp.conf changes and order problems. */
    public void preview() {
        Library lib = library.get();
        FlavourDocument current = document();
        List<String> order = List.copyOf(applyOrder.items().isEmpty() ? List.of(current.name()) : applyOrder.items());
        String pot = current.name().isBlank() ? "preview" : current.name().replace('.', '-');
        String baseName = base.get().strip();
        NetworkType type = network.get();
        tasks.run(
                "preview " + String.join(" ", order),
                "this workstation",
                context -> {
                    List<FlavourPreview.Flavour> flavours = new ArrayList<>();
                    List<FlavourFile> files = new ArrayList<>();
                    for (String f : order) {
                        FlavourDocument d = f.equals(current.name()) || lib == null
                                ? current
                                : lib.library().open(f);
                        flavours.add(new FlavourPreview.Flavour(d.name(), d.commandFile(), d.bootstrap()));
                        files.add(FlavourFile.parse(d.commandFile().orElse("")));
                    }
                    FlavourPreview.Result result = FlavourPreview.of(pot, baseName, type, flavours);
                    return describe(order, result, FlavourLinter.lintOrder(order, files));
                },
                preview::set,
                e -> preview.set("Preview failed: " + ErrorText.of(e).headline()));
    }

    static String describe(List<String> order, FlavourPreview.Result result, List<String> orderProblems) {
        StringBuilder b = new StringBuilder();
        b.append("pot create … -f ").append(String.join(" -f ", order)).append('\n');
        b.append(result.succeeded() ? "would succeed" : "would FAIL").append("\n\npot.conf\n");
        if (result.confDiff().isEmpty()) {
            b.append("  (no change)\n");
        }
        result.confDiff().forEach(l -> b.append("  ").append(l).append('\n'));
        if (!result.fscompDiff().isEmpty()) {
            b.append("\nfscomp.conf\n");
            result.fscompDiff().forEach(l -> b.append("  ").append(l).append('\n'));
        }
        orderProblems.forEach(p -> b.append("\n").append(p).append('\n'));
        if (!result.succeeded()) {
            b.append("\npot's output:\n");
            result.output().forEach(l -> b.append("  ").append(l).append('\n'));
        }
        return b.toString();
    }

    /** Saves the flavour if it changed, then opens the create wizard on the library's host with the apply list. */
    public void createPotWithFlavours() {
        Library lib = library.get();
        if (lib == null || lib.host().isEmpty()) {
            dialogs.info("Create a pot", "Flavours are applied from a host's flavour directory: open one first.");
            return;
        }
        Runnable open = () -> create.accept(new CreateRequest(lib.host().get(), List.copyOf(applyOrder.items())));
        if (dirty.get()) {
            save(open);
        } else {
            open.run();
        }
    }

    // --- internals --------------------------------------------------------------------------------------------

    private interface LibraryWork {
        void run(FlavourLibrary library) throws Exception;
    }

    private void libraryTask(String title, LibraryWork work) {
        Library lib = library.get();
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
                done -> reloadList(),
                e -> dialogs.error(
                        title + " failed",
                        ErrorText.of(e).headline(),
                        ErrorText.of(e).details()));
    }

    public void reloadList() {
        Library lib = library.get();
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
                    status.set(found.size() + " flavour(s) in " + lib.library().location());
                },
                e -> {
                    flavours.clear();
                    status.set(ErrorText.of(e).headline());
                });
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
        return commandText;
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

    public StringProperty baseProperty() {
        return base;
    }
}
