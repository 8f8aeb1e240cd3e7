package potconsole.app.flavours;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
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
import potconsole.engine.flavour.FlavourCommand;
import potconsole.engine.flavour.LintFinding;
import potconsole.engine.model.Flavour;
import potconsole.engine.model.NetworkType;

/**
 * The flavour editor: a library of flavours on the left, the open flavour as rows with forms (drag or Alt+Up/Down
 * to reorder) or as text, its bootstrap with shell highlighting, the linter's findings below as you type, and the
 * dry-run preview with "Create pot with these flavours".
 */
public final class FlavourEditorWindow {
    private FlavourEditorWindow() {}

    /**
     * @param pots the pots of the host, for add-dep
     * @param folder a library for a folder on this workstation the user picks
     */
    public static Stage open(
            Window owner,
            FlavourEditorViewModel model,
            Supplier<List<String>> pots,
            java.util.function.Function<java.nio.file.Path, FlavourEditorViewModel.Library> folder) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Flavours — " + (model.name.get().isBlank() ? "untitled" : model.name.get())
                                + (model.dirtyProperty().get() ? " •" : ""),
                        model.name,
                        model.dirtyProperty()));

        SplitPane split = new SplitPane(library(model, folder), editor(model, pots));
        split.setDividerPositions(0.27);
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
        Label status = new Label();
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        BorderPane root = new BorderPane(split);
        root.setBottom(new VBox(4, findings, status));
        root.setPadding(new Insets(8));

        Scene scene = new Scene(root, 1180, 760);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.getStylesheets()
                .add(FlavourEditorWindow.class.getResource("flavours.css").toExternalForm());
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> model.save(() -> {}));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (model.dirtyProperty().get()) {
                e.consume();
                javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.CONFIRMATION,
                        "Close without saving " + model.name.get() + "? The changes are lost.",
                        javafx.scene.control.ButtonType.CANCEL,
                        javafx.scene.control.ButtonType.OK);
                ask.initOwner(stage);
                ask.showAndWait()
                        .filter(b -> b == javafx.scene.control.ButtonType.OK)
                        .ifPresent(b -> stage.hide());
            }
        });
        stage.show();
        return stage;
    }

    private static VBox library(
            FlavourEditorViewModel model,
            java.util.function.Function<java.nio.file.Path, FlavourEditorViewModel.Library> folder) {
        ComboBox<FlavourEditorViewModel.Library> where = new ComboBox<>(model.libraries());
        where.setId("flavour-library");
        where.setMaxWidth(Double.MAX_VALUE);
        where.valueProperty().bindBidirectional(model.library);
        ListView<Flavour> list = new ListView<>(model.flavours());
        list.setId("flavour-list");
        list.setPlaceholder(new Label("No flavours here"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Flavour f, boolean empty) {
                super.updateItem(f, empty);
                setText(
                        empty || f == null
                                ? null
                                : f.name()
                                        + (f.hasCommandFile() ? "" : "  (script only)")
                                        + (f.hasBootstrap() && f.hasCommandFile() ? "  + .sh" : ""));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem().name());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem().name());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        MenuButton create = new MenuButton("New");
        create.setId("flavour-new");
        MenuItem blank = new MenuItem("Blank flavour");
        blank.setId("flavour-new-blank");
        blank.setOnAction(e -> ask("New flavour", "Name of the new flavour", "my-flavour")
                .ifPresent(n -> model.newFromTemplate(Optional.empty(), n)));
        create.getItems().addAll(blank, new SeparatorMenuItem());
        for (FlavourTemplates.Template t : FlavourTemplates.all()) {
            MenuItem item = new MenuItem("From template: " + t.name() + " — " + t.description());
            item.setOnAction(e -> ask("New flavour from " + t.name(), "Name of the new flavour", t.name())
                    .ifPresent(n -> model.newFromTemplate(Optional.of(t.name()), n)));
            create.getItems().add(item);
        }
        Supplier<Optional<String>> selected = () ->
                Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(Flavour::name);
        Button duplicate = new Button("Duplicate…");
        duplicate.setOnAction(e -> selected.get()
                .ifPresent(f ->
                        ask("Duplicate " + f, "Name of the copy", f + "-copy").ifPresent(n -> model.duplicate(f, n))));
        Button rename = new Button("Rename…");
        rename.setOnAction(e ->
                selected.get().ifPresent(f -> ask("Rename " + f, "New name", f).ifPresent(n -> model.rename(f, n))));
        Button delete = new Button("Delete…");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> selected.get().ifPresent(model::delete));
        MenuButton copy = new MenuButton("Copy to");
        copy.setOnShowing(e -> {
            copy.getItems().clear();
            for (FlavourEditorViewModel.Library target : model.libraries()) {
                if (target != model.library.get()) {
                    MenuItem item = new MenuItem(target.label());
                    item.setOnAction(a -> selected.get().ifPresent(f -> model.copyTo(f, target)));
                    copy.getItems().add(item);
                }
            }
        });
        for (var b : List.of(duplicate, rename, delete)) {
            b.disableProperty()
                    .bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        copy.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        Label hint = new Label("Double-click or Enter opens a flavour.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button openFolder = new Button("Open a folder on this workstation…");
        openFolder.setMaxWidth(Double.MAX_VALUE);
        openFolder.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("A flavour folder on this workstation");
            java.io.File dir = chooser.showDialog(where.getScene().getWindow());
            if (dir != null) {
                FlavourEditorViewModel.Library library = folder.apply(dir.toPath());
                model.libraries().add(library);
                model.library.set(library);
            }
        });
        javafx.scene.layout.FlowPane buttons =
                new javafx.scene.layout.FlowPane(6, 6, create, duplicate, rename, copy, delete);
        VBox box = new VBox(8, where, openFolder, list, buttons, hint);
        box.setPadding(new Insets(0, 8, 0, 0));
        box.setMinWidth(290);
        return box;
    }

    private static VBox editor(FlavourEditorViewModel model, Supplier<List<String>> pots) {
        TextField name = new TextField();
        name.setId("flavour-name");
        name.setPromptText("flavour name");
        name.textProperty().bindBidirectional(model.name);
        Button save = new Button("Save");
        save.setId("flavour-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save(() -> {}));
        save.disableProperty().bind(model.dirtyProperty().not());
        Label saveKey = new Label("Ctrl+S");
        saveKey.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox header = new HBox(8, new Label("Name"), name, save, saveKey);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);

        TabPane tabs = new TabPane(
                new Tab("Commands", commands(model, pots)),
                new Tab("Text", text(model)),
                new Tab("Bootstrap (.sh)", bootstrap(model)),
                new Tab("Preview & apply", preview(model)));
        tabs.setId("flavour-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(8, header, tabs);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private static VBox commands(FlavourEditorViewModel model, Supplier<List<String>> pots) {
        ListView<potconsole.engine.flavour.FlavourLine> rows = new ListView<>(model.lines());
        rows.setId("flavour-rows");
        rows.setPlaceholder(new Label("No commands: add one below, or write only a bootstrap script."));
        rows.setCellFactory(v -> new LineCell(model, pots));
        rows.setOnKeyPressed(e -> {
            int i = rows.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int delta = e.getCode() == KeyCode.UP ? -1 : 1;
                if (model.move(i, delta)) {
                    rows.getSelectionModel().clearAndSelect(i + delta);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && i >= 0 && e.getTarget() == rows) {
                model.remove(i);
                e.consume();
            }
        });
        VBox.setVgrow(rows, Priority.ALWAYS);
        MenuButton add = new MenuButton("Add command");
        add.setId("flavour-add");
        for (FlavourCommand c : FlavourCommand.values()) {
            MenuItem item = new MenuItem(c.word() + "   " + c.usage());
            item.setId("flavour-add-" + c.word());
            item.setOnAction(e -> {
                model.add(LineCell.blank(c));
                rows.getSelectionModel().clearAndSelect(model.lines().size() - 1);
                rows.scrollTo(model.lines().size() - 1);
            });
            add.getItems().add(item);
        }
        Button up = new Button("Move up");
        up.setOnAction(e -> {
            int i = rows.getSelectionModel().getSelectedIndex();
            if (model.move(i, -1)) {
                rows.getSelectionModel().clearAndSelect(i - 1);
            }
        });
        Button down = new Button("Move down");
        down.setOnAction(e -> {
            int i = rows.getSelectionModel().getSelectedIndex();
            if (model.move(i, 1)) {
                rows.getSelectionModel().clearAndSelect(i + 1);
            }
        });
        Label hint = new Label("pot runs these in order, then the bootstrap. Drag rows, or Alt+Up/Alt+Down.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox bar = new HBox(8, add, up, down, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, rows, bar);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static VBox text(FlavourEditorViewModel model) {
        TextArea area = new TextArea();
        area.setId("flavour-text");
        area.getStyleClass().add("flavour-code");
        area.textProperty().bindBidirectional(model.commandText);
        VBox.setVgrow(area, Priority.ALWAYS);
        Label hint = new Label("The command file exactly as pot reads it: one command per line, no -p, no comments,"
                + " no quoting (except set-cmd -c). Kept in sync with the rows.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(8, area, hint);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static VBox bootstrap(FlavourEditorViewModel model) {
        CheckBox has = new CheckBox(
                "This flavour has a bootstrap script (NAME.sh, run as root inside the pot, $1 =" + " the pot's name)");
        has.setId("flavour-has-bootstrap");
        has.selectedProperty().bindBidirectional(model.hasBootstrap);
        CodeArea code = new CodeArea();
        code.setId("flavour-bootstrap");
        code.getStyleClass().add("flavour-code");
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        code.replaceText(model.bootstrap.get());
        code.setStyleSpans(0, ShellHighlighter.highlight(code.getText()));
        boolean[] syncing = {false};
        code.textProperty().addListener((o, was, now) -> {
            code.setStyleSpans(0, ShellHighlighter.highlight(now));
            if (!syncing[0]) {
                syncing[0] = true;
                model.bootstrap.set(now);
                syncing[0] = false;
            }
        });
        model.bootstrap.addListener((o, was, now) -> {
            if (!syncing[0] && !now.equals(code.getText())) {
                syncing[0] = true;
                code.replaceText(now);
                syncing[0] = false;
            }
        });
        code.disableProperty().bind(model.hasBootstrap.not());
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

    private static VBox preview(FlavourEditorViewModel model) {
        ListView<String> order = new ListView<>(model.applyOrder());
        order.setId("flavour-apply-order");
        order.setPrefHeight(110);
        ComboBox<String> choice = new ComboBox<>();
        choice.setPromptText("flavour");
        choice.setOnShowing(e -> choice.getItems()
                .setAll(model.flavours().stream().map(Flavour::name).toList()));
        Button add = new Button("Add");
        add.setOnAction(e -> Optional.ofNullable(choice.getValue()).ifPresent(model.applyOrder()::add));
        Button up = new Button("Up");
        up.setOnAction(e -> moveIn(order, -1));
        Button down = new Button("Down");
        down.setOnAction(e -> moveIn(order, 1));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            int i = order.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                model.applyOrder().remove(i);
            }
        });
        TextField base = new TextField();
        base.setPrefColumnCount(6);
        base.textProperty().bindBidirectional(model.base);
        ComboBox<NetworkType> network = new ComboBox<>();
        network.getItems().setAll(NetworkType.values());
        network.valueProperty().bindBidirectional(model.network);
        Button run = new Button("Preview");
        run.setId("flavour-preview");
        run.setOnAction(e -> model.preview());
        Button apply = new Button("Create pot with these flavours…");
        apply.setId("flavour-create-pot");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> model.createPotWithFlavours());
        TextArea result = new TextArea();
        result.setId("flavour-preview-text");
        result.getStyleClass().add("flavour-code");
        result.setEditable(false);
        result.textProperty().bind(model.previewProperty());
        VBox.setVgrow(result, Priority.ALWAYS);
        HBox orderBar = new HBox(6, choice, add, up, down, remove);
        HBox runBar = new HBox(8, new Label("Base"), base, new Label("Network"), network, run, apply);
        runBar.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Flavours applied in this order. The preview runs pot create on a private simulated"
                + " host and shows what changes in pot.conf and fscomp.conf; nothing reaches a real host.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(8, order, orderBar, runBar, result, hint);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static void moveIn(ListView<String> list, int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= list.getItems().size()) {
            return;
        }
        String item = list.getItems().remove(i);
        list.getItems().add(j, item);
        list.getSelectionModel().clearAndSelect(j);
    }

    private static Optional<String> ask(String title, String header, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
