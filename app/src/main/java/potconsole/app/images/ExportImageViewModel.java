package potconsole.app.images;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import potconsole.app.dialog.CommandDraft;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.Objection;
import potconsole.app.jobs.TaskItem;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotRow;
import potconsole.app.pots.PotsViewModel;
import potconsole.engine.command.ExportCommand;
import potconsole.engine.command.Validate;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.ParallelXzOutputStream;
import potconsole.engine.model.Snapshot;
import potconsole.engine.service.ExportPlan;

/**
 * The export dialog's state: tag, level, host directory, what to do with the snapshots (explained before anything
 * runs), tag check and signing key. Export runs as a task with phases and the compressed size growing.
 */
public final class ExportImageViewModel {
    /** What pot does with the snapshots: nothing (-), -A or -F. */
    public enum SnapshotMode {
        AS_IS("Use the snapshot as it is"),
        AUTO_FIX("Fix snapshots (-A)"),
        ALL("Export all snapshots (-F)");

        private final String label;

        SnapshotMode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final long POLL_MILLIS = 500;

    private final StringProperty tag = new SimpleStringProperty("");
    private final ObjectProperty<Integer> level = new SimpleObjectProperty<>(6);
    private final StringProperty directory = new SimpleStringProperty("/tmp");
    private final ObjectProperty<SnapshotMode> snapshotMode = new SimpleObjectProperty<>(SnapshotMode.AS_IS);
    private final BooleanProperty checkTag = new SimpleBooleanProperty();
    private final StringProperty signingKey = new SimpleStringProperty("");
    /** Compress on this workstation (zfs send streamed here) instead of on the host. */
    private final BooleanProperty onWorkstation = new SimpleBooleanProperty();

    private final StringProperty localDirectory = new SimpleStringProperty(System.getProperty("user.home", "/tmp"));

    private final PotRow row;
    private final PotsViewModel pots;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final StringBinding preview;
    private final StringBinding problem;
    private final StringBinding plan;
    private final StringBinding levelHint;
    private final BooleanBinding hostOptions;

    public ExportImageViewModel(PotRow row, PotsViewModel pots, TasksViewModel tasks, DialogService dialogs) {
        this.row = row;
        this.pots = pots;
        this.tasks = tasks;
        this.dialogs = dialogs;
        row.pot().imageTag().ifPresent(previous -> tag.set(nextVersion(previous)));
        Observable[] deps = {tag, level, directory, snapshotMode, checkTag, signingKey, onWorkstation, localDirectory};
        preview = Bindings.createStringBinding(this::previewText, deps);
        problem = Bindings.createStringBinding(this::problemText, deps);
        plan = Bindings.createStringBinding(
                () -> ExportPlan.describe(
                        snapshots(),
                        snapshotMode.get() == SnapshotMode.AUTO_FIX,
                        snapshotMode.get() == SnapshotMode.ALL),
                snapshotMode);
        levelHint = Bindings.createStringBinding(
                () -> onWorkstation.get()
                        ? "xz level: 0 fastest … 9 smallest; compressed on this workstation with " + engineLine()
                        : "xz level: 0 fastest … 9 smallest; pot compresses on all the host's cores",
                onWorkstation);
        hostOptions = onWorkstation.not();
        if (row.pot().snapshots().size() != 1) {
            snapshotMode.set(SnapshotMode.AUTO_FIX);
        }
    }

    public String potName() {
        return row.name();
    }

    /** The previous export's tag, if any, for the dialog's hint. */
    public Optional<String> previousTag() {
        return row.pot().imageTag();
    }

    public StringBinding previewProperty() {
        return preview;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public StringBinding planProperty() {
        return plan;
    }

    /** The level's hint: where the compressing happens, which the workstation mode changes. */
    public StringBinding levelHintProperty() {
        return levelHint;
    }

    /**
     * Whether pot's own host-side options (-c, signing with a key on the host) are shown: not when compressing on
     * this workstation, where pot does not run the export.
     */
    public BooleanBinding hostOptionsProperty() {
        return hostOptions;
    }

    /** Runs the export as a task; empty when the input is not valid. */
    public Optional<TaskItem> export() {
        if (onWorkstation.get()) {
            return exportHere();
        }
        Optional<ExportCommand> command = build();
        if (command.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tasks.run(
                row.host(), command.get().display(), row.host().service().export(command.get(), POLL_MILLIS)));
    }

    private Optional<TaskItem> exportHere() {
        if (!problemText().isEmpty()) {
            return Optional.empty();
        }
        ImageName name = new ImageName(row.name(), tag.get().strip());
        Path dir = Path.of(localDirectory.get().strip());
        ImageWriter.Options options = workstationOptions();
        return Optional.of(tasks.run(
                row.host(),
                "export " + name + " to " + dir.resolve(name.xzFile()),
                row.host().service().exportToWorkstation(name, dir, options, snapshotMode.get() == SnapshotMode.ALL)));
    }

    /** Compressing here: the level chosen, on every core, with liblzma where this machine has it. */
    private ImageWriter.Options workstationOptions() {
        int preset = level.get();
        return new ImageWriter.Options(
                preset,
                Runtime.getRuntime().availableProcessors(),
                ParallelXzOutputStream.defaultBlockSize(preset),
                Optional.empty());
    }

    /** Which xz engine compresses here: "liblzma 5.4.1 (2 threads)" or "xz-java (2 threads; no liblzma found)". */
    public String engineLine() {
        return workstationOptions().engineLine();
    }

    private String previewText() {
        if (!problemText().isEmpty()) {
            return "";
        }
        if (onWorkstation.get()) {
            return "zfs send -R (streamed here) | xz -" + level.get() + " (" + engineLine() + ") → "
                    + Path.of(localDirectory.get().strip())
                            .resolve(row.name() + "_" + tag.get().strip() + ".xz");
        }
        return build().map(ExportCommand::display).orElse("");
    }

    Optional<ExportCommand> build() {
        return CommandDraft.build(this::command).command();
    }

    private String problemText() {
        CommandDraft<ExportCommand> draft = CommandDraft.build(this::command);
        return draft.command().isPresent() && onWorkstation.get() ? workstationProblem() : draft.problem();
    }

    /** Compressing here: pot's own export options do not apply, and the directory is on this workstation. */
    private String workstationProblem() {
        if (snapshotMode.get() == SnapshotMode.AUTO_FIX
                || checkTag.get()
                || !signingKey.get().isBlank()) {
            return "Compressing here exports the snapshot as it is (or all with -F); -A, -c and a host"
                    + " signing key are pot's own options";
        }
        return localDirectoryProblem().orElse("");
    }

    public Optional<String> tagProblem() {
        return Objection.to(tag.get(), Validate::tag);
    }

    public Optional<String> directoryProblem() {
        return Objection.to(directory.get(), d -> Validate.absolutePath(d, "The export directory"));
    }

    public Optional<String> localDirectoryProblem() {
        return Objection.to(localDirectory.get(), d -> {
            if (!Files.isDirectory(Path.of(d))) { // an InvalidPathException is an IllegalArgumentException too
                throw new IllegalArgumentException(d + " is not a directory on this workstation");
            }
        });
    }

    public Optional<String> signingKeyProblem() {
        return Objection.to(signingKey.get(), k -> Validate.absolutePath(k, "The signing key"));
    }

    private ExportCommand command() {
        if (tag.get().isBlank()) {
            throw new IllegalArgumentException("Give the image a tag, e.g. 1.0");
        }
        return new ExportCommand(
                row.name(),
                Optional.of(tag.get().strip()),
                Optional.of(directory.get().strip()),
                Optional.ofNullable(level.get()),
                snapshotMode.get() == SnapshotMode.AUTO_FIX,
                snapshotMode.get() == SnapshotMode.ALL,
                checkTag.get(),
                signingKey.get().isBlank()
                        ? Optional.empty()
                        : Optional.of(signingKey.get().strip()),
                false);
    }

    /** 1.0 → 1.1, 2.9 → 2.10, 1795377456 → 1795377457: the last number goes up; other tags are left to the user. */
    static String nextVersion(String previous) {
        Matcher m = Pattern.compile("(.*?)(\\d+)$").matcher(previous);
        if (!m.matches()) {
            return "";
        }
        return m.group(1) + new BigInteger(m.group(2)).add(BigInteger.ONE);
    }

    /** The pot's snapshot names, oldest first, as pot sees them. */
    private List<String> snapshots() {
        return row.pot().snapshots().stream().map(Snapshot::name).toList();
    }

    // The form's fields, for the view to bind.

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<Integer> levelProperty() {
        return level;
    }

    public StringProperty directoryProperty() {
        return directory;
    }

    public ObjectProperty<SnapshotMode> snapshotModeProperty() {
        return snapshotMode;
    }

    public BooleanProperty checkTagProperty() {
        return checkTag;
    }

    public StringProperty signingKeyProperty() {
        return signingKey;
    }

    public BooleanProperty onWorkstationProperty() {
        return onWorkstation;
    }

    public StringProperty localDirectoryProperty() {
        return localDirectory;
    }
}
