package potconsole.app.flavours;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import potconsole.engine.model.Flavour;
import potconsole.engine.model.NetworkType;

/** The "Preview & apply" tab: the ordered flavours, the dry-run preview and "Create pot with these flavours". */
final class FlavourApplyPane {
    private FlavourApplyPane() {}

    static VBox create(FlavourEditorViewModel model) {
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
        base.textProperty().bindBidirectional(model.baseProperty());
        ComboBox<NetworkType> network = new ComboBox<>();
        network.getItems().setAll(NetworkType.values());
        network.valueProperty().bindBidirectional(model.networkProperty());
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
}
