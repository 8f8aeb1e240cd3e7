package potconsole.app.ascode;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import potconsole.app.pots.PotDetailsView;
import potconsole.app.pots.PotDetailsViewModel;
import potconsole.engine.ascode.AsCodeFiles;

/**
 * The details' "As code" tab: the selected pot as flavour files, a zilti.pot playbook or a script, with a format
 * switch; secret-looking env values left out (the note says which) unless the box is ticked (a warning then says the
 * text holds them); copy to the clipboard or save into a directory.
 */
public final class AsCodeTab extends BorderPane {
    private final AsCodeViewModel model;
    private final ChoiceBox<AsCodeFiles.Format> format = new ChoiceBox<>();
    private final CheckBox secrets = new CheckBox("Include secret values");
    private final Button copy = new Button("Copy");
    private final Button save = new Button("Save to directory…");
    private final TextArea text = new TextArea();
    private final Label notes = new Label();
    private final Label warning = new Label();
    private final Label saved = new Label();

    /** Adds the tab to the details pane, following its selection. */
    public static void addTo(PotDetailsView view, PotDetailsViewModel details) {
        AsCodeViewModel model = new AsCodeViewModel();
        model.show(details.selectedProperty().get());
        details.selectedProperty().addListener((o, was, now) -> model.show(now));
        Tab tab = new Tab("As code", new AsCodeTab(model));
        tab.setId("tab-as-code");
        tab.selectedProperty()
                .addListener(
                        (o, was, now) -> model.show(details.selectedProperty().get()));
        view.addTab(tab);
    }

    public AsCodeTab(AsCodeViewModel model) {
        this.model = model;
        createControls();
        place();
        bind();
    }

    /** Its model (tests save through it: a directory chooser cannot be driven headless). */
    AsCodeViewModel model() {
        return model;
    }

    private void createControls() {
        format.getItems().setAll(AsCodeFiles.Format.values());
        format.setId("as-code-format");
        secrets.setId("as-code-secrets");
        text.setId("as-code-text");
        text.setEditable(false);
        text.getStyleClass().add("monospace");
        text.setStyle("-fx-font-family: monospace;");
        notes.setWrapText(true);
        notes.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        warning.setId("as-code-warning");
        warning.setWrapText(true);
        warning.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        warning.managedProperty().bind(warning.visibleProperty());
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.textProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            saved.setText("Copied.");
        });
        save.setOnAction(e -> saveToDirectory());
    }

    private void saveToDirectory() {
        File dir = new DirectoryChooser().showDialog(getScene().getWindow());
        if (dir == null) {
            return;
        }
        try {
            List<Path> files = model.saveTo(dir.toPath());
            saved.setText("Saved "
                    + String.join(", ", files.stream().map(Path::toString).toList()));
        } catch (IOException ex) {
            saved.setText("Not saved: " + ex.getMessage());
        }
    }

    private void place() {
        Label formatLabel = new Label("Format");
        HBox formatBox = new HBox(6, formatLabel, format);
        formatBox.setAlignment(Pos.CENTER_LEFT);
        // The details pane is narrow: the controls keep their full labels and wrap onto a second row instead.
        for (Region r : new Region[] {formatLabel, format, secrets, copy, save}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(10, 6, formatBox, secrets, copy, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("as-code-bar");
        VBox top = new VBox(6, bar, warning, notes);
        top.setPadding(new Insets(8));
        VBox.setVgrow(text, Priority.ALWAYS);
        setTop(top);
        setCenter(text);
        BorderPane.setMargin(text, new Insets(0, 8, 0, 8));
        setBottom(saved);
        BorderPane.setMargin(saved, new Insets(4, 8, 6, 8));
    }

    private void bind() {
        format.valueProperty().bindBidirectional(model.formatProperty());
        secrets.selectedProperty().bindBidirectional(model.includeSecretsProperty());
        text.textProperty().bind(model.textProperty());
        notes.textProperty().bind(model.notesProperty());
        warning.textProperty().bind(model.warningProperty());
        warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
    }
}
