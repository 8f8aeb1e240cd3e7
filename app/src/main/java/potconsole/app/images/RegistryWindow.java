package potconsole.app.images;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import potconsole.app.dialog.OfferedButton;
import potconsole.app.jobs.Transfer;
import potconsole.app.theme.ToolWindow;
import potconsole.engine.image.KeyRing;
import potconsole.engine.image.RegistryEntry;

/** The registry browser window: where, what is there, and verify / delete / import for the selected image. */
public final class RegistryWindow extends BorderPane {
    private final RegistryViewModel model;
    private final TextField location = new TextField();
    private final MenuButton recent = new MenuButton("Recent");
    private final Button open = new Button("Open");
    private final TableView<RegistryEntry> table;
    private final Button verify = new Button("Verify");
    private final ComboBox<Optional<KeyRing.Key>> key = new ComboBox<>();
    private final Button importIt = new Button("Import onto a host…");
    private final Button nomad = new Button("Nomad job…");
    private final Button prepare = new Button("Run (pot prepare)…");
    private final Button publish = new Button("Publish…");
    private final Button delete = new Button("Delete…");
    private final Button keys = new Button("Keys…");
    private final Label status = new Label();
    private EntryAction runImage;
    private final Button buildImage = OfferedButton.hidden("Build image…", "registry-build-image");

    /** Shows "Build image…", opening the build window (to build an image into a registry like this one). */
    public void offerBuild(Runnable open) {
        OfferedButton.offer(buildImage, open);
    }

    /**
     * @param importer opens the import dialog for an image, given the registry URL as hosts see it
     */
    public static Stage open(
            Window owner, RegistryViewModel model, EntryAction importer, Runnable showKeys, EntryAction nomadJob) {
        return open(owner, model, importer, showKeys, nomadJob, (entry, url) -> importer.open(entry, url));
    }

    /** @param runImage opens "Run (pot prepare)" for an image */
    public static Stage open(
            Window owner,
            RegistryViewModel model,
            EntryAction importer,
            Runnable showKeys,
            EntryAction nomadJob,
            EntryAction runImage) {
        RegistryWindow view = new RegistryWindow(model, importer, showKeys, nomadJob);
        view.runImage = runImage;
        Stage stage = ToolWindow.of(owner, "Image registry", view, 980, 540);
        stage.setOnShown(e -> {
            view.location.requestFocus();
            view.location.selectAll();
        });
        stage.show();
        return stage;
    }

    private RegistryWindow(RegistryViewModel model, EntryAction importer, Runnable showKeys, EntryAction nomadJob) {
        this.model = model;
        this.table = new TableView<>(model.entries());
        createLocationBar();
        createTable();
        createKeyChoice();
        createActions();
        layoutWindow();
        bind();
        bindActions(importer, showKeys, nomadJob);
    }

    /** Something done with one image of this registry (import it, write its Nomad job), given the URL hosts use. */
    @FunctionalInterface
    public interface EntryAction {
        void open(RegistryEntry entry, String registryUrl);
    }

    private void createLocationBar() {
        location.setId("registry-location");
        location.setPromptText("a directory here, HOST:/dir on a host (SFTP), or http(s)://host/path/ (a listing)");
        HBox.setHgrow(location, Priority.ALWAYS);
        recent.setId("registry-recent");
        recent.setTooltip(new Tooltip("Registries opened lately"));
        open.setId("registry-open");
        open.setDefaultButton(true);
    }

    private void createTable() {
        table.setId("registry-table");
        table.setPlaceholder(new Label("No images here yet: open a registry directory or URL"));
        table.getColumns().add(column("Pot", e -> e.name().pot(), 160));
        table.getColumns().add(column("Tag", e -> e.name().tag(), 100));
        table.getColumns().add(sizeColumn());
        table.getColumns().add(column("Files", RegistryWindow::files, 170));
        table.getColumns()
                .add(column(
                        "Origin",
                        e -> e.meta()
                                .flatMap(m -> m.origin())
                                .map(o -> o.pot() + " " + o.tag() + " @" + o.snapshot())
                                .orElse(e.hasMeta() ? "none" : "no .meta"),
                        220));
    }

    private void createKeyChoice() {
        key.setId("registry-key");
        key.getItems().add(Optional.empty());
        try {
            model.keys().keys().forEach(k -> key.getItems().add(Optional.of(k)));
        } catch (IOException unreadable) {
            // No keys offered; the keys window says why.
        }
        key.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<KeyRing.Key> k) {
                return k == null || k.isEmpty()
                        ? "signatures not checked"
                        : "check signatures with " + k.get().name();
            }

            @Override
            public Optional<KeyRing.Key> fromString(String s) {
                return Optional.empty();
            }
        });
    }

    private void createActions() {
        verify.setId("registry-verify");
        importIt.setId("registry-import");
        nomad.setId("registry-nomad");
        prepare.setId("registry-prepare");
        publish.setId("registry-publish");
        delete.getStyleClass().add(Styles.DANGER);
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    }

    private void layoutWindow() {
        Label hint = new Label("pot import fetches from the URL as the host sees it: file:// paths are on the host;"
                + " or push the files into the host's cache from here (import dialog).");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox top = new HBox(8, new Label("Registry"), location, recent, open);
        top.setAlignment(Pos.CENTER_LEFT);
        setCenter(table);
        setTop(top);
        setBottom(new VBox(
                6,
                new HBox(8, verify, key, importIt, prepare, nomad, publish, delete, keys, buildImage),
                status,
                hint));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        setPadding(new Insets(10));
    }

    private void bind() {
        location.textProperty().bindBidirectional(model.locationProperty());
        recent.disableProperty().bind(Bindings.isEmpty(model.recent()));
        fillRecent();
        model.recent().addListener((ListChangeListener<String>) c -> fillRecent());
        key.valueProperty().bindBidirectional(model.verifyKeyProperty());
        verify.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty()
                .bind(verify.disableProperty().or(model.writableProperty().not()));
        publish.disableProperty().bind(model.writableProperty().not());
        nomad.disableProperty().bind(verify.disableProperty());
        importIt.disableProperty().bind(verify.disableProperty());
        prepare.disableProperty().bind(verify.disableProperty());
        status.textProperty().bind(model.statusProperty());
    }

    private void bindActions(EntryAction importer, Runnable showKeys, EntryAction nomadJob) {
        open.setOnAction(e -> model.load());
        publish.setOnAction(e -> choosePublish());
        nomad.setOnAction(e -> nomadJob.open(selected(), model.urlForHosts()));
        keys.setOnAction(e -> showKeys.run());
        verify.setOnAction(e -> model.verify(selected()));
        delete.setOnAction(e -> model.delete(selected()));
        importIt.setOnAction(e -> importer.open(selected(), model.urlForHosts()));
        prepare.setOnAction(e -> runImage.open(selected(), model.urlForHosts()));
    }

    private RegistryEntry selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void fillRecent() {
        recent.getItems()
                .setAll(model.recent().stream()
                        .map(r -> {
                            MenuItem item = new MenuItem(r);
                            item.setMnemonicParsing(false);
                            item.setOnAction(a -> {
                                model.locationProperty().set(r);
                                model.load();
                            });
                            return item;
                        })
                        .toList());
    }

    private void choosePublish() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("An exported image to publish (its .meta, .skein and .sig go with it)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("pot images", "*.xz"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.publish(file.toPath());
        }
    }

    private static TableColumn<RegistryEntry, Long> sizeColumn() {
        TableColumn<RegistryEntry, Long> size = new TableColumn<>("Size");
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().xzBytes()));
        size.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long bytes, boolean empty) {
                super.updateItem(bytes, empty);
                setText(empty || bytes == null ? null : Transfer.size(bytes));
            }
        });
        size.setPrefWidth(100);
        return size;
    }

    private static String files(RegistryEntry e) {
        return "xz" + (e.hasMeta() ? " · meta" : "") + (e.hasSkein() ? " · skein" : " · no skein!")
                + (e.hasSignature() ? " · sig" : "");
    }

    private static TableColumn<RegistryEntry, String> column(
            String title, Function<RegistryEntry, String> value, double width) {
        TableColumn<RegistryEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
