package potconsole.app.flavours;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import potconsole.app.dialog.OfferedButton;
import potconsole.app.theme.ToolWindow;
import potconsole.engine.flavour.LintFinding;

/**
 * The flavour editor: a library of flavours on the left, the open flavour as rows with forms (drag or Alt+Up/Down
 * to reorder) or as text, its bootstrap with shell highlighting, the linter's findings below as you type, and the
 * dry-run preview with "Create pot with these flavours".
 */
public final class FlavourEditorWindow extends BorderPane {
    /** "Build image…", shown once {@link #offerBuild} says what it opens. */
    private final Button buildImage = OfferedButton.hidden("Build image…", "flavour-build-image");

    /** Shows "Build image…", opening the build window (the recipe names this editor's flavours). */
    public void offerBuild(Runnable open) {
        OfferedButton.offer(buildImage, open);
    }

    /**
     * @param names the host's pots and fscomps, offered in add-dep and mount-in rows
     * @param folder a library for a folder on this workstation the user picks
     */
    public static Stage open(
            Window owner,
            FlavourEditorViewModel model,
            HostNames names,
            Function<Path, FlavourEditorViewModel.Library> folder) {
        Stage stage = ToolWindow.of(owner, "Flavours", new FlavourEditorWindow(model, names, folder), 1180, 760);
        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Flavours — "
                                + (model.nameProperty().get().isBlank()
                                        ? "untitled"
                                        : model.nameProperty().get())
                                + (model.dirtyProperty().get() ? " •" : ""),
                        model.nameProperty(),
                        model.dirtyProperty()));
        Scene scene = stage.getScene();
        scene.getStylesheets()
                .add(FlavourEditorWindow.class.getResource("flavours.css").toExternalForm());
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> model.save(() -> {}));
        stage.setOnCloseRequest(e -> {
            if (model.dirtyProperty().get()) {
                e.consume();
                askToSave(stage, model);
            }
        });
        stage.show();
        return stage;
    }

    private FlavourEditorWindow(
            FlavourEditorViewModel model, HostNames names, Function<Path, FlavourEditorViewModel.Library> folder) {
        SplitPane split = new SplitPane(new FlavourLibraryPane(model, folder), editor(model, names, buildImage));
        split.setDividerPositions(0.27);
        Label status = new Label();
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        setCenter(split);
        setBottom(new VBox(4, findings(model), status));
        setPadding(new Insets(8));
    }

    /** Save, discard or keep editing: asked when a window with unsaved changes is closed. */
    private static void askToSave(Stage stage, FlavourEditorViewModel model) {
        ButtonType saveIt = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OTHER);
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                model.nameProperty().get() + " has changes that are not saved.",
                ButtonType.CANCEL,
                discard,
                saveIt);
        ask.initOwner(stage);
        ask.showAndWait().ifPresent(b -> {
            if (b == saveIt) {
                model.save(stage::hide);
            } else if (b == discard) {
                stage.hide();
            }
        });
    }

    private static ListView<LintFinding> findings(FlavourEditorViewModel model) {
        ListView<LintFinding> findings = new ListView<>(model.findings());
        findings.setId("flavour-findings");
        findings.setPrefHeight(120);
        findings.setPlaceholder(new Label("No problems: pot will run every line of this flavour."));
        findings.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LintFinding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
                if (empty || f == null) {
                    setText(null);
                    return;
                }
                setText(f.toString());
                getStyleClass().add(f.severity() == LintFinding.Severity.ERROR ? Styles.DANGER : Styles.WARNING);
            }
        });
        return findings;
    }

    private static VBox editor(FlavourEditorViewModel model, HostNames names, Button buildImage) {
        TextField name = new TextField();
        name.setId("flavour-name");
        name.setPromptText("flavour name");
        name.textProperty().bindBidirectional(model.nameProperty());
        Button save = new Button("Save");
        save.setId("flavour-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save(() -> {}));
        save.disableProperty().bind(model.dirtyProperty().not());
        Label saveKey = new Label("Ctrl+S");
        saveKey.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox header = new HBox(8, new Label("Name"), name, save, saveKey, buildImage);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);

        TabPane tabs = new TabPane(
                new Tab("Commands", new FlavourCommandsTab(model, names)),
                new Tab("Text", text(model)),
                new Tab("Bootstrap (.sh)", bootstrap(model)),
                new Tab("Preview & apply", new FlavourApplyPane(model)));
        tabs.setId("flavour-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(8, header, tabs);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private static VBox text(FlavourEditorViewModel model) {
        TextArea area = new TextArea();
        area.setId("flavour-text");
        area.getStyleClass().add("flavour-code");
        area.setText(model.commandTextProperty().get());
        boolean[] syncing = {false};
        area.textProperty().addListener((o, was, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                model.commandTextProperty().set(now);
                syncing[0] = false;
            }
        });
        // A change from the rows (or a load) is applied as the smallest edit: what is typed elsewhere stays as it
        // is and the caret stays where it was, instead of the whole text being replaced under the cursor.
        model.commandTextProperty().addListener((o, was, now) -> {
            if (!syncing[0] && !now.equals(area.getText())) {
                syncing[0] = true;
                applyMinimalEdit(area, now);
                syncing[0] = false;
            }
        });
        VBox.setVgrow(area, Priority.ALWAYS);
        Label hint = new Label("The command file exactly as pot reads it: one command per line, no -p, no comments,"
                + " no quoting (except set-cmd -c). Kept in sync with the rows.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(8, area, hint);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** Replaces only the part of {@code area}'s text that differs from {@code target}; the caret keeps its place. */
    static void applyMinimalEdit(TextInputControl area, String target) {
        String current = area.getText();
        int prefix = 0;
        int max = Math.min(current.length(), target.length());
        while (prefix < max && current.charAt(prefix) == target.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && current.charAt(current.length() - 1 - suffix) == target.charAt(target.length() - 1 - suffix)) {
            suffix++;
        }
        int end = current.length() - suffix;
        int delta = (target.length() - suffix - prefix) - (end - prefix);
        int caret = area.getCaretPosition();
        int anchor = area.getAnchor();
        area.replaceText(prefix, end, target.substring(prefix, target.length() - suffix));
        int start = prefix;
        IntUnaryOperator moved = p -> p <= start ? p : p >= end ? p + delta : start;
        area.selectRange(moved.applyAsInt(anchor), moved.applyAsInt(caret));
    }

    private static VBox bootstrap(FlavourEditorViewModel model) {
        CheckBox has = new CheckBox(
                "This flavour has a bootstrap script (NAME.sh, run as root inside the pot, $1 =" + " the pot's name)");
        has.setId("flavour-has-bootstrap");
        has.selectedProperty().bindBidirectional(model.hasBootstrapProperty());
        CodeArea code = new CodeArea();
        code.setId("flavour-bootstrap");
        code.getStyleClass().add("flavour-code");
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        code.replaceText(model.bootstrapProperty().get());
        code.setStyleSpans(0, ShellHighlighter.highlight(code.getText()));
        boolean[] syncing = {false};
        code.textProperty().addListener((o, was, now) -> {
            code.setStyleSpans(0, ShellHighlighter.highlight(now));
            if (!syncing[0]) {
                syncing[0] = true;
                model.bootstrapProperty().set(now);
                syncing[0] = false;
            }
        });
        model.bootstrapProperty().addListener((o, was, now) -> {
            if (!syncing[0] && !now.equals(code.getText())) {
                syncing[0] = true;
                code.replaceText(now);
                syncing[0] = false;
            }
        });
        code.disableProperty().bind(model.hasBootstrapProperty().not());
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(code);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label hint = new Label("Saved with its execute bits set. Start with #!/bin/sh. On public- and private-bridge"
                + " pots the network may be unreachable while flavours run (pot #299).");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(8, has, scroll, hint);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
