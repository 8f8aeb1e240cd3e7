package potconsole.app.images;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.engine.image.RegistryEntry;

/** The registry browser window: where, what is there, and verify / delete / import for the selected image. */
public final class RegistryWindow {
    private RegistryWindow() {}

    /**
     * @param importer opens the import dialog for an image, given the registry URL as hosts see it
     */
    public static Stage open(
            Window owner, RegistryViewModel model, EntryAction importer, Runnable showKeys, EntryAction nomadJob) {
        TextField location = new TextField();
        location.setId("registry-location");
        location.setPromptText("a directory here, HOST:/dir on a host (SFTP), or http(s)://host/path/ (a listing)");
        location.textProperty().bindBidirectional(model.locationProperty());
        HBox.setHgrow(location, Priority.ALWAYS);
        javafx.scene.control.MenuButton recent = new javafx.scene.control.MenuButton("Recent");
        recent.setId("registry-recent");
        recent.setTooltip(new javafx.scene.control.Tooltip("Registries opened lately"));
        recent.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.recent()));
        Runnable fillRecent = () -> recent.getItems()
                .setAll(model.recent().stream()
                        .map(r -> {
                            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(r);
                            item.setMnemonicParsing(false);
                            item.setOnAction(a -> {
                                model.locationProperty().set(r);
                                model.load();
                            });
                            return item;
                        })
                        .toList());
        fillRecent.run();
        model.recent().addListener((javafx.collections.ListChangeListener<String>) c -> fillRecent.run());
        Button open = new Button("Open");
        open.setId("registry-open");
        open.setDefaultButton(true);
        open.setOnAction(e -> model.load());

        TableView<RegistryEntry> table = new TableView<>(model.entries());
        table.setId("registry-table");
        table.setPlaceholder(new Label("No images here yet: open a registry directory or URL"));
        table.getColumns().add(column("Pot", e -> e.name().pot(), 160));
        table.getColumns().add(column("Tag", e -> e.name().tag(), 100));
        TableColumn<RegistryEntry, Long> size = new TableColumn<>("Size");
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().xzBytes()));
        size.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long bytes, boolean empty) {
                super.updateItem(bytes, empty);
                setText(empty || bytes == null ? null : potconsole.app.jobs.Transfer.size(bytes));
            }
        });
        size.setPrefWidth(100);
        table.getColumns().add(size);
        table.getColumns().add(column("Files", RegistryWindow::files, 170));
        table.getColumns()
                .add(column(
                        "Origin",
                        e -> e.meta()
                                .flatMap(m -> m.origin())
                                .map(o -> o.pot() + " " + o.tag() + " @" + o.snapshot())
                                .orElse(e.hasMeta() ? "none" : "no .meta"),
                        220));

        Button verify = new Button("Verify");
        verify.setId("registry-verify");
        Button delete = new Button("Delete…");
        delete.getStyleClass().add(Styles.DANGER);
        Button importIt = new Button("Import onto a host…");
        importIt.setId("registry-import");
        verify.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty()
                .bind(verify.disableProperty().or(model.writableProperty().not()));
        Button publish = new Button("Publish…");
        publish.setId("registry-publish");
        publish.disableProperty().bind(model.writableProperty().not());
        publish.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("An exported image to publish (its .meta, .skein and .sig go with it)");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("pot images", "*.xz"));
            java.io.File file = chooser.showOpenDialog(table.getScene().getWindow());
            if (file != null) {
                model.publish(file.toPath());
            }
        });
        javafx.scene.control.ComboBox<java.util.Optional<potconsole.engine.image.KeyRing.Key>> key =
                new javafx.scene.control.ComboBox<>();
        key.setId("registry-key");
        key.getItems().add(java.util.Optional.empty());
        try {
            model.keys().keys().forEach(k -> key.getItems().add(java.util.Optional.of(k)));
        } catch (java.io.IOException unreadable) {
            // No keys offered; the keys window says why.
        }
        key.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.util.Optional<potconsole.engine.image.KeyRing.Key> k) {
                return k == null || k.isEmpty()
                        ? "signatures not checked"
                        : "check signatures with " + k.get().name();
            }

            @Override
            public java.util.Optional<potconsole.engine.image.KeyRing.Key> fromString(String s) {
                return java.util.Optional.empty();
            }
        });
        key.valueProperty().bindBidirectional(model.verifyKeyProperty());
        Button nomad = new Button("Nomad job…");
        nomad.setId("registry-nomad");
        nomad.disableProperty().bind(verify.disableProperty());
        nomad.setOnAction(e -> nomadJob.open(table.getSelectionModel().getSelectedItem(), model.urlForHosts()));
        Button keys = new Button("Keys…");
        keys.setOnAction(e -> showKeys.run());
        importIt.disableProperty().bind(verify.disableProperty());
        verify.setOnAction(e -> model.verify(table.getSelectionModel().getSelectedItem()));
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedItem()));
        importIt.setOnAction(e -> importer.open(table.getSelectionModel().getSelectedItem(), model.urlForHosts()));
        Label status = new Label();
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        Label hint = new Label("pot import fetches from the URL as the host sees it: file:// paths are on the host;"
                + " or push the files into the host's cache from here (import dialog).");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        BorderPane root = new BorderPane(table);
        HBox top = new HBox(8, new Label("Registry"), location, recent, open);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.setTop(top);
        root.setBottom(new javafx.scene.layout.VBox(
                6, new HBox(8, verify, key, importIt, nomad, publish, delete, keys), status, hint));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(10));

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Image registry");
        Scene scene = new Scene(root, 980, 540);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setOnShown(e -> {
            location.requestFocus();
            location.selectAll();
        });
        stage.show();
        return stage;
    }

    /** Something done with one image of this registry (import it, write its Nomad job), given the URL hosts use. */
    @FunctionalInterface
    public interface EntryAction {
        void open(RegistryEntry entry, String registryUrl);
    }

    private static String files(RegistryEntry e) {
        return "xz" + (e.hasMeta() ? " · meta" : "") + (e.hasSkein() ? " · skein" : " · no skein!")
                + (e.hasSignature() ? " · sig" : "");
    }

    private static TableColumn<RegistryEntry, String> column(
            String title, java.util.function.Function<RegistryEntry, String> value, double width) {
        TableColumn<RegistryEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
