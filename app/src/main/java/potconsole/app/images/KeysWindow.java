package potconsole.app.images;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.theme.ToolWindow;
import potconsole.engine.image.KeyRing;

/** Signing keys: the console's signify keys and each host's pinned import key. */
public final class KeysWindow extends VBox {
    private final KeysViewModel model;
    private final TableView<KeyRing.Key> keys;
    private final TableView<KeysViewModel.HostPin> pins;
    private final Button generate = new Button("Generate key pair…");
    private final Button importKey = new Button("Import public key…");

    public static Stage open(Window owner, KeysViewModel model) {
        KeysWindow view = new KeysWindow(model);
        model.reload();
        Stage stage = ToolWindow.of(owner, "Signing keys", view, 820, 560);
        stage.show();
        return stage;
    }

    private KeysWindow(KeysViewModel model) {
        this.model = model;
        this.keys = new TableView<>(model.keys());
        this.pins = new TableView<>(model.pins());
        createKeysTable();
        createPinsTable();
        layoutWindow();
        bindActions();
    }

    private void createKeysTable() {
        keys.setId("keys-table");
        keys.setPlaceholder(new Label("No keys yet: generate a pair to sign images, or import a public key"));
        keys.getColumns().add(KeysWindow.<KeyRing.Key>column("Name", KeyRing.Key::name, 160));
        keys.getColumns().add(KeysWindow.<KeyRing.Key>column("Key number", KeyRing.Key::keyNumber, 160));
        keys.getColumns()
                .add(KeysWindow.<KeyRing.Key>column(
                        "Kind", k -> k.secretKey().isPresent() ? "key pair (signs)" : "public key", 140));
        keys.getColumns()
                .add(KeysWindow.<KeyRing.Key>column("File", k -> k.publicKey().toString(), 300));
        keys.setPrefHeight(200);
        generate.setId("keys-generate");
        importKey.setId("keys-import");
    }

    private void createPinsTable() {
        pins.setId("keys-pins");
        pins.getColumns().add(KeysWindow.<KeysViewModel.HostPin>column("Host", KeysViewModel.HostPin::host, 160));
        pins.getColumns()
                .add(KeysWindow.<KeysViewModel.HostPin>column(
                        "Imports (POT_DEFAULT_SIGNATURE_PUBKEY)", KeysViewModel.HostPin::pin, 560));
        pins.setPrefHeight(160);
    }

    private void layoutWindow() {
        Label where = new Label("Keys live in " + model.directory()
                + ". Copy a .pub to a host and set POT_DEFAULT_SIGNATURE_PUBKEY in its pot.conf to pin its imports.");
        where.setWrapText(true);
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label keysTitle = new Label("Keys on this workstation");
        keysTitle.getStyleClass().add(Styles.TITLE_4);
        Label pinsTitle = new Label("Hosts");
        pinsTitle.getStyleClass().add(Styles.TITLE_4);
        setSpacing(8);
        getChildren().addAll(keysTitle, keys, new HBox(8, generate, importKey), where, pinsTitle, pins);
        setPadding(new Insets(10));
    }

    private void bindActions() {
        generate.setOnAction(e -> askGenerate());
        importKey.setOnAction(e -> chooseImport());
    }

    private void askGenerate() {
        TextInputDialog ask = new TextInputDialog("images");
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Generate a signify key pair");
        ask.setHeaderText("Name of the key pair (files NAME.pub and NAME.sec, no passphrase)");
        ask.showAndWait().filter(n -> !n.isBlank()).ifPresent(model::generate);
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("A signify public key");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("signify public keys", "*.pub"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.importPublicKey(file.toPath());
        }
    }

    private static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
