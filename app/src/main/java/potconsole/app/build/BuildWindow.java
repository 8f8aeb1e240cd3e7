package potconsole.app.build;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import potconsole.app.state.HostEntry;
import potconsole.app.theme.ToolWindow;

/** "Build image…": the recipe beside its phases and the build's streamed output; run and cancel below. */
public final class BuildWindow extends BorderPane {
    private final BuildViewModel model;
    private final TextField path = new TextField();
    private final Button open = new Button("Open…");
    private final Button save = new Button("Save");
    private final ComboBox<HostEntry> host = new ComboBox<>();
    private final CheckBox keep = new CheckBox("Keep the pot on failure");
    private final PasswordField passphrase = new PasswordField();
    private final TextArea recipe = new TextArea();
    private final ListView<BuildPhaseRow> phases;
    private final ListView<String> output;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button run = new Button("Build");
    private final Button cancel = new Button("Cancel build");

    public static Stage open(Window owner, BuildViewModel model) {
        Stage stage = ToolWindow.of(owner, "Build image", new BuildWindow(model), 1280, 760);
        stage.show();
        return stage;
    }

    BuildWindow(BuildViewModel model) {
        this.model = model;
        this.phases = new ListView<>(model.phases());
        this.output = new ListView<>(model.output());
        createRecipeBar();
        createPhases();
        createActions();
        layoutWindow();
        bind();
    }

    private void createRecipeBar() {
        path.setId("build-recipe-path");
        path.setPromptText("recipe file, e.g. ~/images/nginx-test/nginx-test.potbuild");
        HBox.setHgrow(path, Priority.ALWAYS);
        open.setId("build-open");
        save.setId("build-save");
        host.setId("build-host");
        host.getItems().setAll(model.hosts());
        host.setConverter(new StringConverter<>() {
            @Override
            public String toString(HostEntry h) {
                return h == null ? "" : h.name();
            }

            @Override
            public HostEntry fromString(String s) {
                return null;
            }
        });
        keep.setId("build-keep");
        keep.setTooltip(new Tooltip("Like pot create -k: a failed build leaves its temporary pot to look into"));
        passphrase.setId("build-passphrase");
        passphrase.setPromptText("signing key passphrase");
        passphrase.setPrefColumnCount(12);
        recipe.setId("build-recipe-text");
        recipe.setStyle("-fx-font-family: monospace;");
        recipe.setPromptText("image = …\ntag = 1.0 | next\nbase = 14.1\nflavour = …\nregistry = DIR | HOST:/DIR");
    }

    private void createPhases() {
        phases.setId("build-phases");
        phases.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BuildPhaseRow row, boolean empty) {
                super.updateItem(row, empty);
                textProperty().unbind();
                getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.ACCENT, Styles.WARNING);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                textProperty()
                        .bind(Bindings.createStringBinding(
                                () -> mark(row.stateProperty().get()) + "  " + row.name()
                                        + (row.detailProperty().get().isEmpty()
                                                ? ""
                                                : " — " + row.detailProperty().get()),
                                row.stateProperty(),
                                row.detailProperty()));
            }
        });
        // Every phase in view without scrolling: the list is the build's progress at a glance.
        phases.setFixedCellSize(26);
        phases.setPrefHeight(26 * model.phases().size() + 6);
        phases.setMinHeight(Region.USE_PREF_SIZE);
        output.setId("build-output");
        output.setStyle("-fx-font-family: monospace;");
        output.setFixedCellSize(22);
        output.getItems().addListener((ListChangeListener<String>) c -> {
            if (!output.getItems().isEmpty()) {
                output.scrollTo(output.getItems().size() - 1);
            }
        });
    }

    private static String mark(BuildPhaseRow.State state) {
        return switch (state) {
            case WAITING -> "·";
            case RUNNING -> "▶";
            case DONE -> "✔";
            case FAILED -> "✘";
            case CANCELLED -> "■";
        };
    }

    private void createActions() {
        progress.setId("build-progress");
        progress.setPrefWidth(220);
        status.setId("build-status");
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        run.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        run.setId("build-run");
        run.setDefaultButton(true);
        run.getStyleClass().add(Styles.ACCENT);
        cancel.setId("build-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
    }

    private void layoutWindow() {
        HBox bar = new HBox(8, new Label("Recipe"), path, open, save, new Label("on"), host, keep, passphrase);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);
        VBox right = new VBox(6, new Label("Phases"), phases, new Label("Output"), output);
        VBox.setVgrow(output, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 6));
        VBox left = new VBox(6, new Label("Recipe (key = value, docs/BUILD.md)"), recipe);
        VBox.setVgrow(recipe, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        split.setPadding(new Insets(0, 8, 0, 8));
        setCenter(split);
        HBox actions = new HBox(8, progress, status, run, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8));
        setBottom(actions);
    }

    private void bind() {
        path.textProperty().bindBidirectional(model.recipePathProperty());
        recipe.textProperty().bindBidirectional(model.recipeTextProperty());
        host.valueProperty().bindBidirectional(model.hostProperty());
        keep.selectedProperty().bindBidirectional(model.keepOnFailureProperty());
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        status.textProperty().bind(model.statusProperty());
        progress.progressProperty().bind(model.progressProperty());
        run.disableProperty().bind(model.runningProperty());
        cancel.disableProperty().bind(model.runningProperty().not());
        recipe.editableProperty().bind(model.runningProperty().not());
        open.setOnAction(e -> chooseRecipe());
        save.setOnAction(e -> model.save());
        run.setOnAction(e -> model.run());
        cancel.setOnAction(e -> model.cancel());
        path.setOnAction(e -> {
            // Enter here opens the file; it must not also press the default button (Build).
            e.consume();
            model.open(Path.of(path.getText().strip()));
        });
    }

    private void chooseRecipe() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a build recipe");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Build recipes", "*.potbuild"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.open(file.toPath());
        }
    }
}
