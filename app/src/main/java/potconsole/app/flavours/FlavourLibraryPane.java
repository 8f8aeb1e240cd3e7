package potconsole.app.flavours;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import potconsole.engine.model.Flavour;

/** The editor's left side: where the flavours are, their list, and new/duplicate/rename/copy/delete. */
final class FlavourLibraryPane {
    private FlavourLibraryPane() {}

    static VBox create(
            FlavourEditorViewModel model,
            java.util.function.Function<java.nio.file.Path, FlavourEditorViewModel.Library> folder) {
        ComboBox<FlavourEditorViewModel.Library> where = new ComboBox<>(model.libraries());
        where.setId("flavour-library");
        where.setMaxWidth(Double.MAX_VALUE);
        where.valueProperty().bindBidirectional(model.libraryProperty());
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
                if (target != model.libraryProperty().get()) {
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
                model.libraryProperty().set(library);
            }
        });
        javafx.scene.layout.FlowPane buttons =
                new javafx.scene.layout.FlowPane(6, 6, create, duplicate, rename, copy, delete);
        VBox box = new VBox(8, where, openFolder, list, buttons, hint);
        box.setPadding(new Insets(0, 8, 0, 0));
        box.setMinWidth(290);
        return box;
    }

    private static Optional<String> ask(String title, String header, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
