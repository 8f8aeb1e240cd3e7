package potconsole.app.pots;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
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
import potconsole.engine.model.NetworkStack;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotType;

/** The create wizard on one page: the command it will run is shown, and Create stays disabled until it is valid. */
public final class CreatePotDialog extends Dialog<ButtonType> {
    /** Where the long texts in the form wrap: the form's column for fields. */
    private static final double WRAP_WIDTH = 560;

    public CreatePotDialog(Window owner, CreatePotViewModel model) {
        initOwner(owner);
        setTitle("New pot on " + model.host().name());
        setHeaderText("New pot on " + model.host().name());
        getDialogPane().setId("create-dialog");
        ButtonType create = new ButtonType("Create", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, create);

        TextField name = new TextField();
        name.setId("create-name");
        name.setPromptText("letters, digits, _ and -");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label nameProblem = new Label();
        nameProblem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        nameProblem.setId("create-name-problem");
        // Wraps: a long name's error must not widen the dialog past its buttons.
        nameProblem.setWrapText(true);
        nameProblem.setMinWidth(0);
        nameProblem.setPrefWidth(WRAP_WIDTH); // a GridPane asks for the height at the preferred width
        nameProblem.setMaxWidth(Double.MAX_VALUE);
        nameProblem
                .textProperty()
                .bind(Bindings.createStringBinding(() -> model.nameProblem().orElse(""), model.nameProperty()));

        ComboBox<PotType> type = new ComboBox<>();
        type.getItems().addAll(PotType.SINGLE, PotType.MULTI);
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PotType t) {
                return t == null ? "" : t.potValue();
            }

            @Override
            public PotType fromString(String s) {
                return PotType.fromConf(s);
            }
        });
        type.valueProperty().bindBidirectional(model.typeProperty());
        Label typeHint = new Label("single: one dataset, can be exported as an image (the default here)");
        typeHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ComboBox<Integer> level = new ComboBox<>();
        level.getItems().addAll(0, 1, 2);
        level.valueProperty().bindBidirectional(model.levelProperty());
        level.disableProperty().bind(model.typeProperty().isEqualTo(PotType.SINGLE));

        ComboBox<String> base = new ComboBox<>();
        base.setId("create-base");
        base.setEditable(true);
        base.getItems().addAll(model.availableBases());
        base.valueProperty().bindBidirectional(model.baseProperty());
        ComboBox<String> reference = new ComboBox<>();
        reference.getItems().add("");
        reference.getItems().addAll(model.availablePots());
        reference.valueProperty().bindBidirectional(model.referenceProperty());

        ComboBox<NetworkType> network = new ComboBox<>();
        network.setId("create-network");
        network.getItems().addAll(NetworkType.values());
        network.valueProperty().bindBidirectional(model.networkProperty());
        TextField ip = new TextField();
        ip.setPromptText("auto, an IP, or NIC|IP for alias");
        ip.textProperty().bindBidirectional(model.ipProperty());
        ip.disableProperty().bind(model.networkProperty().isEqualTo(NetworkType.INHERIT));
        ComboBox<String> bridge = new ComboBox<>();
        bridge.getItems().add("");
        bridge.getItems().addAll(model.availableBridges());
        bridge.valueProperty().bindBidirectional(model.bridgeProperty());
        bridge.disableProperty().bind(model.networkProperty().isNotEqualTo(NetworkType.PRIVATE_BRIDGE));
        ComboBox<String> stack = new ComboBox<>();
        stack.getItems().addAll("host default", "ipv4", "ipv6", "dual");
        stack.setValue("host default");
        stack.valueProperty().addListener((o, was, now) -> model.stackProperty().set(NetworkStack.parse(now)));
        ComboBox<String> dns = new ComboBox<>();
        dns.setEditable(true);
        dns.getItems().addAll("inherit", "pot", "off", "custom:/path/to/resolv.conf");
        dns.valueProperty().bindBidirectional(model.dnsProperty());

        ListView<String> chosen = new ListView<>(model.flavours());
        chosen.setId("create-flavours");
        chosen.setPrefHeight(110);
        ComboBox<String> available = new ComboBox<>();
        available.setId("create-flavour-choice");
        available.getItems().addAll(model.availableFlavours());
        available.setPromptText("flavour");
        Button add = new Button("Add");
        add.setId("create-flavour-add");
        add.setOnAction(e -> Optional.ofNullable(available.getValue()).ifPresent(model::addFlavour));
        Button up = new Button("Up");
        up.setOnAction(e -> move(model, chosen, -1));
        Button down = new Button("Down");
        down.setOnAction(e -> move(model, chosen, 1));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            model.removeFlavour(chosen.getSelectionModel().getSelectedIndex());
        });
        Label flavourHint =
                new Label("Applied in this order: each flavour's commands, then its bootstrap script (can take"
                        + " minutes). set-cmd belongs in a flavour of its own, last.");
        flavourHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        flavourHint.setWrapText(true);
        flavourHint.setPrefWidth(WRAP_WIDTH);
        CheckBox keep = new CheckBox("Keep the pot if a flavour fails (-k)");
        keep.selectedProperty().bindBidirectional(model.keepOnFailureProperty());

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        g.addRow(r++, new Label("Name"), name);
        g.add(nameProblem, 1, r++);
        g.addRow(r++, new Label("Type"), new HBox(8, type, new Label("level"), level));
        g.add(typeHint, 1, r++);
        g.addRow(r++, new Label("Base"), new HBox(8, base, new Label("or reference pot"), reference));
        g.addRow(r++, new Label("Network"), new HBox(8, network, ip));
        g.addRow(r++, new Label("Bridge"), new HBox(8, bridge, new Label("stack"), stack, new Label("dns"), dns));
        g.addRow(
                r++,
                new Label("Flavours"),
                new VBox(6, chosen, new HBox(6, available, add, up, down, remove), flavourHint));
        g.add(keep, 1, r++);

        potconsole.app.dialog.CommandForm.install(
                getDialogPane(), g, "create", model.previewProperty(), model.problemProperty(), create, 720);
        setOnShown(e -> name.requestFocus());
        potconsole.app.dialog.DialogChrome.prepare(this, "create-pot");
    }

    private static void move(CreatePotViewModel model, ListView<String> list, int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            list.getSelectionModel().select(model.moveFlavour(i, by));
        }
    }
}
