package potconsole.app.images;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import potconsole.app.dialog.CommandForm;
import potconsole.app.dialog.FieldChecks;
import potconsole.app.images.ExportImageViewModel.SnapshotMode;

/**
 * {@code pot export} on one page: tag, level, host directory, the snapshot handling explained before it runs, the
 * tag check and an optional signing key. Export stays disabled until the command is valid; the command is shown.
 */
public final class ExportImageDialog extends Dialog<ButtonType> {
    public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    private final ExportImageViewModel model;
    private final TextField tag = new TextField();
    private final Spinner<Integer> level;
    private final Label levelHint = new Label();
    private final CheckBox here =
            new CheckBox("Compress on this workstation: the host only streams zfs send, no host CPU");
    private final TextField directory = new TextField();
    private final TextField localDir = new TextField();
    private final Label dirHint =
            new Label("An existing directory on the host; pot writes <pot>_<tag>.xz, .meta and .skein there");
    private final ComboBox<SnapshotMode> snapshots = new ComboBox<>();
    private final Label plan = new Label();
    private final CheckBox check = new CheckBox(
            "Check the tag (-c): refuse one lower than the last export's, or one already used for another snapshot");
    private final Label signLabel = new Label("Sign with");
    private final TextField key = new TextField();
    private final FieldChecks checks = new FieldChecks();

    public ExportImageDialog(Window owner, ExportImageViewModel model) {
        this.model = model;
        this.level = new Spinner<>(0, 9, model.levelProperty().get());
        initOwner(owner);
        setTitle("Export " + model.potName());
        setHeaderText("Export " + model.potName() + " as an image");
        getDialogPane().setId("export-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, EXPORT);
        createFields();
        bind();
        CommandForm.install(
                getDialogPane(), layout(), "export", model.previewProperty(), model.problemProperty(), EXPORT, 640);
        setOnShown(e -> tag.requestFocus());
    }

    private void createFields() {
        tag.setId("export-tag");
        tag.setPromptText(model.previousTag().map(t -> "last exported as " + t).orElse("e.g. 1.0"));
        level.setId("export-level");
        levelHint.setId("export-level-hint");
        muted(levelHint);
        directory.setId("export-dir");
        muted(dirHint);
        here.setId("export-here");
        here.setWrapText(true);
        localDir.setId("export-local-dir");
        snapshots.setId("export-snapshots");
        snapshots.getItems().addAll(SnapshotMode.values());
        plan.setId("export-plan");
        plan.setWrapText(true);
        check.setWrapText(true);
        key.setPromptText("optional: signify secret key on the host (-S)");
        key.setId("export-sign-key");
    }

    private GridPane layout() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        g.addRow(r++, new Label("Tag"), tag);
        g.addRow(r++, new Label("Level"), level);
        g.add(levelHint, 1, r++);
        g.add(here, 1, r++);
        g.addRow(r++, new Label("Directory"), new StackPane(directory, localDir));
        g.add(dirHint, 1, r++);
        g.addRow(r++, new Label("Snapshots"), snapshots);
        g.add(plan, 1, r++);
        g.add(check, 1, r++);
        g.addRow(r++, signLabel, key);
        return g;
    }

    private void bind() {
        tag.textProperty().bindBidirectional(model.tagProperty());
        level.valueProperty().addListener((o, was, now) -> model.levelProperty().set(now));
        levelHint.textProperty().bind(model.levelHintProperty());
        directory.textProperty().bindBidirectional(model.directoryProperty());
        here.selectedProperty().bindBidirectional(model.onWorkstationProperty());
        localDir.textProperty().bindBidirectional(model.localDirectoryProperty());
        showWhen(localDir, model.onWorkstationProperty());
        showWhen(directory, model.onWorkstationProperty().not());
        showWhen(dirHint, model.onWorkstationProperty().not());
        snapshots.valueProperty().bindBidirectional(model.snapshotModeProperty());
        plan.textProperty().bind(model.planProperty());
        check.selectedProperty().bindBidirectional(model.checkTagProperty());
        key.textProperty().bindBidirectional(model.signingKeyProperty());
        for (Node hostOnly : List.of(check, key, signLabel)) {
            showWhen(hostOnly, model.hostOptionsProperty());
        }
        // The field a problem belongs to is marked as it is typed; the problem line names it too.
        checks.check(tag, model::tagProblem);
        checks.check(directory, model::directoryProblem);
        checks.check(localDir, model::localDirectoryProblem);
        checks.check(key, model::signingKeyProblem);
    }

    /** The form's field marks (tests look at them). */
    public FieldChecks checks() {
        return checks;
    }

    /** Shown, and taking room, only while {@code condition} holds. */
    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void muted(Label label) {
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
    }
}
