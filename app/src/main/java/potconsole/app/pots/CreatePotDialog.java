package potconsole.app.pots;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import potconsole.app.dialog.CommandForm;
import potconsole.app.dialog.DialogChrome;
import potconsole.app.dialog.FieldChecks;
import potconsole.engine.model.NetworkStack;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotType;

/** The create wizard on one page: the command it will run is shown, and Create stays disabled until it is valid. */
public final class CreatePotDialog extends Dialog<ButtonType> {
    /** Where the long texts in the form wrap: the form's column for fields. */
    private static final double WRAP_WIDTH = 560;

    private final CreatePotViewModel model;
    private final ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
    private final TextField name = new TextField();
    private final ComboBox<PotType> type = new ComboBox<>();
    private final ComboBox<Integer> level = new ComboBox<>();
    // Searchable: a host can hold hundreds of bases, pots and flavours.
    private final ComboBox<String> base = new SearchableComboBox<>();
    private final ComboBox<String> reference = new SearchableComboBox<>();
    private final ComboBox<NetworkType> network = new ComboBox<>();
    private final TextField ip = new TextField();
    private final ComboBox<String> bridge = new SearchableComboBox<>();
    private final ComboBox<String> stack = new ComboBox<>();
    private final ComboBox<String> dns = new ComboBox<>();
    private final ListView<String> chosen;
    private final ComboBox<String> available = new SearchableComboBox<>();
    private final CheckBox keep = new CheckBox("Keep the pot if a flavour fails (-k)");
    private final FieldChecks checks = new FieldChecks();

    public CreatePotDialog(Window owner, CreatePotViewModel model) {
        this.model = model;
        this.chosen = new ListView<>(model.flavours().items());
        initOwner(owner);
        setTitle("New pot on " + model.host().name());
        setHeaderText("New pot on " + model.host().name());
        getDialogPane().setId("create-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, create);
        createName();
        createTypeAndBase();
        createNetwork();
        createFlavours();
        CommandForm.install(
                getDialogPane(), layout(), "create", model.previewProperty(), model.problemProperty(), create, 720);
        bind();
        setOnShown(e -> name.requestFocus());
        DialogChrome.prepare(this, "create-pot");
    }

    private void createName() {
        name.setId("create-name");
        name.setPromptText("letters, digits, _ and -");
    }

    private void createTypeAndBase() {
        type.getItems().addAll(PotType.SINGLE, PotType.MULTI);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(PotType t) {
                return t == null ? "" : t.potValue();
            }

            @Override
            public PotType fromString(String s) {
                return PotType.fromConf(s);
            }
        });
        level.getItems().addAll(0, 1, 2);
        base.setId("create-base");
        base.getItems().addAll(model.availableBases());
        reference.setId("create-reference");
        reference.getItems().add("");
        reference.getItems().addAll(model.availablePots());
    }

    private void createNetwork() {
        network.setId("create-network");
        network.getItems().addAll(NetworkType.values());
        ip.setId("create-ip");
        ip.setPromptText("auto, an IP, or NIC|IP for alias");
        bridge.setId("create-bridge");
        bridge.getItems().add("");
        bridge.getItems().addAll(model.availableBridges());
        stack.getItems().addAll("host default", "ipv4", "ipv6", "dual");
        stack.setValue("host default");
        dns.setEditable(true);
        dns.getItems().addAll("inherit", "pot", "off", "custom:/path/to/resolv.conf");
    }

    private void createFlavours() {
        chosen.setId("create-flavours");
        chosen.setPrefHeight(110);
        available.setId("create-flavour-choice");
        available.getItems().addAll(model.availableFlavours());
        available.setPromptText("flavour");
    }

    private Node flavourControls() {
        Button add = new Button("Add");
        add.setId("create-flavour-add");
        add.setOnAction(e -> Optional.ofNullable(available.getValue()).ifPresent(model.flavours()::add));
        Button up = new Button("Up");
        up.setOnAction(e -> moveChosen(-1));
        Button down = new Button("Down");
        down.setOnAction(e -> moveChosen(1));
        Button remove = new Button("Remove");
        remove.setOnAction(
                e -> model.flavours().remove(chosen.getSelectionModel().getSelectedIndex()));
        Label hint = new Label("Applied in this order: each flavour's commands, then its bootstrap script (can take"
                + " minutes). set-cmd belongs in a flavour of its own, last.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setPrefWidth(WRAP_WIDTH);
        return new VBox(6, chosen, new HBox(6, available, add, up, down, remove), hint);
    }

    private GridPane layout() {
        Label typeHint = new Label("single: one dataset, can be exported as an image (the default here)");
        typeHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        g.addRow(r++, new Label("Name"), name);
        g.addRow(r++, new Label("Type"), new HBox(8, type, new Label("level"), level));
        g.add(typeHint, 1, r++);
        g.addRow(r++, new Label("Base"), new HBox(8, base, new Label("or reference pot"), reference));
        g.addRow(r++, new Label("Network"), new HBox(8, network, ip));
        g.addRow(r++, new Label("Bridge"), new HBox(8, bridge, new Label("stack"), stack, new Label("dns"), dns));
        g.addRow(r++, new Label("Flavours"), flavourControls());
        g.add(keep, 1, r++);
        return g;
    }

    private void bind() {
        name.textProperty().bindBidirectional(model.nameProperty());
        type.valueProperty().bindBidirectional(model.typeProperty());
        level.valueProperty().bindBidirectional(model.levelProperty());
        level.disableProperty().bind(model.typeProperty().isEqualTo(PotType.SINGLE));
        base.valueProperty().bindBidirectional(model.baseProperty());
        reference.valueProperty().bindBidirectional(model.referenceProperty());
        network.valueProperty().bindBidirectional(model.networkProperty());
        ip.textProperty().bindBidirectional(model.ipProperty());
        ip.disableProperty().bind(model.networkProperty().isEqualTo(NetworkType.INHERIT));
        bridge.valueProperty().bindBidirectional(model.bridgeProperty());
        bridge.disableProperty().bind(model.networkProperty().isNotEqualTo(NetworkType.PRIVATE_BRIDGE));
        stack.valueProperty().addListener((o, was, now) -> model.stackProperty().set(NetworkStack.parse(now)));
        dns.valueProperty().bindBidirectional(model.dnsProperty());
        keep.selectedProperty().bindBidirectional(model.keepOnFailureProperty());
        // The fields a problem belongs to are marked; the message is also the form's problem line.
        checks.check(name, model::nameProblem);
        checks.check(ip, model::networkProblem, model.networkProperty(), model.bridgeProperty(), model.stackProperty());
    }

    /** The form's field checks (tests read which field is marked). */
    public FieldChecks checks() {
        return checks;
    }

    private void moveChosen(int by) {
        int i = chosen.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            chosen.getSelectionModel().select(model.flavours().move(i, by));
        }
    }
}
