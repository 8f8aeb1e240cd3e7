package potconsole.app.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TaskItem;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.build.BuildFailedException;
import potconsole.engine.build.BuildOptions;
import potconsole.engine.build.BuildRecipe;
import potconsole.engine.build.BuildRefusedException;
import potconsole.engine.build.BuildResult;
import potconsole.engine.build.ImageBuild;
import potconsole.engine.build.RecipeParser;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.image.Registry;

/**
 * The "Build image…" window's state: the recipe (a file and its text, edited here), the host it builds on, the
 * phases with where each stands, the build's output as it streams, and run/cancel. The build is the engine's
 * {@link ImageBuild}, run as a task of the host like every other job.
 */
public final class BuildViewModel {
    private final StringProperty recipePath = new SimpleStringProperty("");
    private final StringProperty recipeText = new SimpleStringProperty("");
    private final ObjectProperty<HostEntry> host = new SimpleObjectProperty<>();
    private final BooleanProperty keepOnFailure = new SimpleBooleanProperty();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ObservableList<BuildPhaseRow> phases = FXCollections.observableArrayList();
    private final ObservableList<BuildPhaseRow> phasesView = FXCollections.unmodifiableObservableList(phases);
    private final ObservableList<String> output = FXCollections.observableArrayList();
    private final ObservableList<String> outputView = FXCollections.unmodifiableObservableList(output);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a recipe (*.potbuild) or write one");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final List<HostEntry> hosts;
    private final TasksViewModel tasks;
    private final Function<HostEntry, Optional<FlavourLibrary>> libraries;
    private final Function<String, Optional<HostFiles>> hostFiles;
    private final Clock clock;
    private TaskItem task;
    private Instant phaseStarted;
    private boolean cancelling;

    public BuildViewModel(
            List<HostEntry> hosts,
            HostEntry current,
            TasksViewModel tasks,
            Function<HostEntry, Optional<FlavourLibrary>> libraries,
            Function<String, Optional<HostFiles>> hostFiles,
            Clock clock) {
        this.hosts = List.copyOf(hosts);
        this.tasks = tasks;
        this.libraries = libraries;
        this.hostFiles = hostFiles;
        this.clock = clock;
        host.set(current);
        ImageBuild.PHASES.forEach(p -> phases.add(new BuildPhaseRow(p)));
    }

    public List<HostEntry> hosts() {
        return hosts;
    }

    public StringProperty recipePathProperty() {
        return recipePath;
    }

    public StringProperty recipeTextProperty() {
        return recipeText;
    }

    public ObjectProperty<HostEntry> hostProperty() {
        return host;
    }

    public BooleanProperty keepOnFailureProperty() {
        return keepOnFailure;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ObservableList<BuildPhaseRow> phases() {
        return phasesView;
    }

    public ObservableList<String> output() {
        return outputView;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Reads the recipe file into the editor. */
    public void open(Path file) {
        try {
            recipeText.set(Files.readString(file, StandardCharsets.UTF_8));
            recipePath.set(file.toAbsolutePath().toString());
            status.set("Opened " + file.getFileName());
        } catch (IOException e) {
            status.set("Cannot read " + file + ": " + ErrorText.of(e).headline());
        }
    }

    /** Writes the editor's text to the recipe file (atomically); false when there is no file or it failed. */
    public boolean save() {
        if (recipePath.get().isBlank()) {
            status.set("Give the recipe a file name (the flavour files and a relative registry are found beside it)");
            return false;
        }
        Path file = Path.of(recipePath.get());
        try {
            Path part = Files.createTempFile(file.toAbsolutePath().getParent(), ".potbuild", ".part");
            Files.writeString(part, recipeText.get(), StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            status.set("Cannot save " + file + ": " + ErrorText.of(e).headline());
            return false;
        }
    }

    /** Saves the recipe, then builds it on the chosen host as a task; phases and output follow it here. */
    public void run() {
        if (running.get() || !save()) {
            return;
        }
        ImageBuild build;
        try {
            build = build();
        } catch (RuntimeException e) {
            status.set(ErrorText.of(e).headline());
            return;
        }
        phases.forEach(r -> r.set(BuildPhaseRow.State.WAITING, ""));
        output.clear();
        cancelling = false;
        phaseStarted = null;
        running.set(true);
        status.set("Building on " + host.get().name() + "…");
        task = tasks.run(
                host.get(),
                "build image " + Path.of(recipePath.get()).getFileName(),
                build.job(),
                this::succeeded,
                this::failed);
        follow(task);
    }

    private ImageBuild build() {
        BuildRecipe recipe = RecipeParser.parse(
                recipeText.get(), Path.of(recipePath.get()).toAbsolutePath().getParent());
        HostEntry on = host.get();
        FlavourLibrary library = libraries
                .apply(on)
                .orElseThrow(() -> new IllegalArgumentException(on.name() + " offers no file transfer for flavours"));
        Registry registry = Registry.open(recipe.registrySpec(), hostFiles);
        BuildOptions options = BuildOptions.defaults(version())
                .keepingOnFailure(keepOnFailure.get())
                .withPassphrase(passphrase.get().toCharArray());
        return new ImageBuild(on.service(), library, registry, recipe, options, clock);
    }

    public void cancel() {
        if (task != null && running.get()) {
            status.set("Cancelling: the temporary pot is destroyed, nothing is published…");
            cancelling = true;
            task.cancel();
        }
    }

    /** The task's phase, message, progress and output, mirrored into the phase list and the output. */
    private void follow(TaskItem item) {
        Bindings.bindContent(output, item.output());
        item.phaseProperty().addListener((o, before, now) -> entered(before, now));
        item.messageProperty()
                .addListener((o, before, now) ->
                        row(item.phaseProperty().get()).ifPresent(r -> r.set(BuildPhaseRow.State.RUNNING, now)));
        progress.bind(item.progressProperty());
        item.stateProperty().addListener((o, before, now) -> {
            if (now == TaskItem.State.CANCELLED) {
                ended(BuildPhaseRow.State.CANCELLED, "Cancelled: no temporary pot left, nothing published");
            }
        });
    }

    private void entered(String before, String now) {
        Instant at = clock.instant();
        BuildPhaseRow.State ended = cancelling ? BuildPhaseRow.State.CANCELLED : BuildPhaseRow.State.DONE;
        row(before)
                .filter(r -> r.stateProperty().get() == BuildPhaseRow.State.RUNNING)
                .ifPresent(r -> r.set(ended, took(at)));
        row(now).ifPresent(r -> r.set(BuildPhaseRow.State.RUNNING, ""));
        phaseStarted = at;
    }

    private String took(Instant at) {
        Duration d = phaseStarted == null ? Duration.ZERO : Duration.between(phaseStarted, at);
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private Optional<BuildPhaseRow> row(String phase) {
        return phases.stream().filter(r -> r.name().equals(phase)).findFirst();
    }

    private void succeeded(BuildResult result) {
        phases.stream()
                .filter(r -> r.stateProperty().get() == BuildPhaseRow.State.RUNNING)
                .forEach(r -> r.set(BuildPhaseRow.State.DONE, took(clock.instant())));
        result.timings()
                .forEach(t -> row(t.phase())
                        .ifPresent(r -> r.set(
                                BuildPhaseRow.State.DONE,
                                t.took().toMillis() < 1000
                                        ? t.took().toMillis() + " ms"
                                        : String.format("%.1f s", t.took().toMillis() / 1000.0))));
        unfollow();
        status.set(result.summary());
    }

    private void failed(Throwable e) {
        String text = e instanceof BuildRefusedException r
                ? "Refused: " + String.join("; ", r.reasons())
                : ErrorText.of(e).headline();
        if (e instanceof BuildFailedException f) {
            // The job has moved on to undoing (destroying the pot): the phase that failed is named by the failure.
            row(f.phase()).ifPresent(r -> r.set(BuildPhaseRow.State.FAILED, text));
            ended(BuildPhaseRow.State.DONE, text);
        } else {
            ended(BuildPhaseRow.State.FAILED, text);
        }
    }

    private void ended(BuildPhaseRow.State how, String text) {
        phases.stream()
                .filter(r -> r.stateProperty().get() == BuildPhaseRow.State.RUNNING)
                .findFirst()
                .ifPresent(r -> r.set(how, r.detailProperty().get()));
        unfollow();
        status.set(text);
    }

    private void unfollow() {
        if (task != null) {
            Bindings.unbindContent(output, task.output());
            output.setAll(task.output());
        }
        progress.unbind();
        running.set(false);
    }

    private static String version() {
        String v = BuildViewModel.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
