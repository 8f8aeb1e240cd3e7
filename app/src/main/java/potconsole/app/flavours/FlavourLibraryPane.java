package potconsole.app.flavours;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import potconsole.engine.model.Flavour;

/** The editor's left side: where the flavours are, their list, and new/duplicate/rename/copy/delete. */
final class FlavourLibraryPane extends VBox {
    private final FlavourEditorViewModel model;
    private final Function<Path, FlavourEditorViewModel.Library> folder;
    private final ComboBox<FlavourEditorViewModel.Library> where;
    private final ListView<Flavour> list;
    private final Button openFolder = new Button("Open a folder on this workstation…");
    private final MenuButton create = new MenuButton("New");
    private final Button duplicate = new Button("Duplicate…");
    private final Button rename = new Button("Rename…");
    private final MenuButton copy = new MenuButton("Copy to");
    private final Button delete = new Button("Delete…");

    FlavourLibraryPane(FlavourEditorViewModel model, Function<Path, FlavourEditorViewModel.Library> folder) {
        this.model = model;
        this.folder = folder;
        this.where = new ComboBox<>(model.libraries());
        this.list = new ListView<>(model.flavours());
        createList();
        createNewMenu();
        createButtons();
        layoutPane();
        bind();
    }

    private void createList() {
        where.setId("flavour-library");
        where.setMaxWidth(Double.MAX_VALUE);
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
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    private void createNewMenu() {
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
    }

    private void createButtons() {
        delete.getStyleClass().add(Styles.DANGER);
        openFolder.setMaxWidth(Double.MAX_VALUE);
    }

    private void layoutPane() {
        Label hint = new Label("Double-click or Enter opens a flavour.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        FlowPane buttons = new FlowPane(6, 6, create, duplicate, rename, copy, delete);
        setSpacing(8);
        getChildren().addAll(where, openFolder, list, buttons, hint);
        setPadding(new Insets(0, 8, 0, 0));
        setMinWidth(290);
    }

    private void bind() {
        where.valueProperty().bindBidirectional(model.libraryProperty());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                selected().ifPresent(model::open);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(model::open);
            }
        });
        duplicate.setOnAction(e -> selected()
                .ifPresent(f -> ask("Duplicate " + f, "Name of the copy", f + "-copy")
                        .ifPresent(n -> model.libraryTasks().duplicate(f, n))));
        rename.setOnAction(e -> selected()
                .ifPresent(f -> ask("Rename " + f, "New name", f)
                        .ifPresent(n -> model.libraryTasks().rename(f, n))));
        delete.setOnAction(e -> selected().ifPresent(model.libraryTasks()::delete));
        copy.setOnShowing(e -> fillCopyTargets());
        for (var b : List.of(duplicate, rename, copy, delete)) {
            b.disableProperty()
                    .bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        openFolder.setOnAction(e -> chooseFolder());
    }

    private Optional<String> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(Flavour::name);
    }

    private void fillCopyTargets() {
        copy.getItems().clear();
        for (FlavourEditorViewModel.Library target : model.libraries()) {
            if (target != model.libraryProperty().get()) {
                MenuItem item = new MenuItem(target.label());
                item.setOnAction(
                        a -> selected().ifPresent(f -> model.libraryTasks().copyTo(f, target)));
                copy.getItems().add(item);
            }
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("A flavour folder on this workstation");
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            FlavourEditorViewModel.Library library = folder.apply(dir.toPath());
            model.addLibrary(library);
            model.libraryProperty().set(library);
        }
    }

    private static Optional<String> ask(String title, String header, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
