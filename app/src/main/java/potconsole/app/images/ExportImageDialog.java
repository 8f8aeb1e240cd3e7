package potconsole.app.images;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import potconsole.app.images.ExportImageViewModel.SnapshotMode;

/**
 * {@code pot export} on one page: tag, level, host directory, the snapshot handling explained before it runs, the
 * tag check and an optional signing key. Export stays disabled until the command is valid; the command is shown.
 */
public final class ExportImageDialog extends Dialog<ButtonType> {
    public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    public ExportImageDialog(Window owner, ExportImageViewModel model) {
        initOwner(owner);
        setTitle("Export " + model.potName());
        setHeaderText("Export " + model.potName() + " as an image");
        getDialogPane().setId("export-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, EXPORT);

        TextField tag = new TextField();
        tag.setId("export-tag");
        tag.setPromptText(model.previousTag().map(t -> "last exported as " + t).orElse("e.g. 1.0"));
        tag.textProperty().bindBidirectional(model.tagProperty());
        Spinner<Integer> level = new Spinner<>(0, 9, model.levelProperty().get());
        level.setId("export-level");
        level.valueProperty().addListener((o, was, now) -> model.levelProperty().set(now));
        Label levelHint = new Label();
        levelHint.setId("export-level-hint");
        levelHint.textProperty().bind(model.levelHintProperty());
        muted(levelHint);
        TextField directory = new TextField();
        directory.setId("export-dir");
        directory.textProperty().bindBidirectional(model.directoryProperty());
        Label dirHint =
                new Label("An existing directory on the host; pot writes <pot>_<tag>.xz, .meta and .skein there");
        muted(dirHint);

        CheckBox here = new CheckBox("Compress on this workstation: the host only streams zfs send, no host CPU");
        here.setId("export-here");
        here.setWrapText(true);
        here.selectedProperty().bindBidirectional(model.onWorkstationProperty());
        TextField localDir = new TextField();
        localDir.setId("export-local-dir");
        localDir.textProperty().bindBidirectional(model.localDirectoryProperty());
        localDir.visibleProperty().bind(model.onWorkstationProperty());
        localDir.managedProperty().bind(localDir.visibleProperty());
        directory.visibleProperty().bind(model.onWorkstationProperty().not());
        directory.managedProperty().bind(directory.visibleProperty());
        dirHint.visibleProperty().bind(model.onWorkstationProperty().not());
        dirHint.managedProperty().bind(dirHint.visibleProperty());

        ComboBox<SnapshotMode> snapshots = new ComboBox<>();
        snapshots.setId("export-snapshots");
        snapshots.getItems().addAll(SnapshotMode.values());
        snapshots.valueProperty().bindBidirectional(model.snapshotModeProperty());
        Label plan = new Label();
        plan.setId("export-plan");
        plan.setWrapText(true);
        plan.textProperty().bind(model.planProperty());
        CheckBox check = new CheckBox("Check the tag (-c): refuse one lower than the last export's, or one already used"
                + " for another snapshot");
        check.setWrapText(true);
        check.selectedProperty().bindBidirectional(model.checkTagProperty());
        TextField key = new TextField();
        key.setPromptText("optional: signify secret key on the host (-S)");
        key.textProperty().bindBidirectional(model.signingKeyProperty());
        key.setId("export-sign-key");
        Label signLabel = new Label("Sign with");
        for (javafx.scene.Node hostOnly : List.of(check, key, signLabel)) {
            hostOnly.visibleProperty().bind(model.hostOptionsProperty());
            hostOnly.managedProperty().bind(hostOnly.visibleProperty());
        }

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        g.addRow(r++, new Label("Tag"), tag);
        g.addRow(r++, new Label("Level"), level);
        g.add(levelHint, 1, r++);
        g.add(here, 1, r++);
        g.addRow(r++, new Label("Directory"), new javafx.scene.layout.StackPane(directory, localDir));
        g.add(dirHint, 1, r++);
        g.addRow(r++, new Label("Snapshots"), snapshots);
        g.add(plan, 1, r++);
        g.add(check, 1, r++);
        g.addRow(r++, signLabel, key);

        potconsole.app.dialog.CommandForm.install(
                getDialogPane(), g, "export", model.previewProperty(), model.problemProperty(), EXPORT, 640);
        setOnShown(e -> tag.requestFocus());
    }

    private static void muted(Label label) {
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
    }
}
