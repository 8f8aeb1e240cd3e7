package potconsole.app.flavours;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.collections.ListChangeListener;
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
import org.controlsfx.control.SearchableComboBox;
import potconsole.engine.model.Flavour;
import potconsole.engine.model.NetworkType;

/** The "Preview & apply" tab: the ordered flavours, the dry-run preview and "Create pot with these flavours". */
final class FlavourApplyPane extends VBox {
    private final FlavourEditorViewModel model;
    private final ListView<String> order;
    /** A library can hold many flavours: the picker filters as typed. */
    private final ComboBox<String> choice = new SearchableComboBox<>();

    private final TextField base = new TextField();
    private final ComboBox<NetworkType> network = new ComboBox<>();
    private final TextArea result = new TextArea();

    FlavourApplyPane(FlavourEditorViewModel model) {
        this.model = model;
        this.order = new ListView<>(model.apply().applyOrder().items());
        createOrder();
        createPreview();
        Label hint = new Label("Flavours applied in this order. The preview runs pot create on a private simulated"
                + " host and shows what changes in pot.conf and fscomp.conf; nothing reaches a real host.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        setSpacing(8);
        getChildren().addAll(order, orderBar(), runBar(), result, hint);
        setPadding(new Insets(8, 0, 0, 0));
        bind();
    }

    private void createOrder() {
        order.setId("flavour-apply-order");
        order.setPrefHeight(110);
        choice.setId("flavour-apply-choice");
        choice.setPromptText("flavour");
    }

    private void createPreview() {
        base.setPrefColumnCount(6);
        network.getItems().setAll(NetworkType.values());
        result.setId("flavour-preview-text");
        result.getStyleClass().add("flavour-code");
        result.setEditable(false);
        VBox.setVgrow(result, Priority.ALWAYS);
    }

    private HBox orderBar() {
        Button add = new Button("Add");
        add.setId("flavour-apply-add");
        add.setOnAction(e ->
                Optional.ofNullable(choice.getValue()).ifPresent(model.apply().applyOrder()::add));
        Button up = new Button("Up");
        up.setId("flavour-apply-up");
        up.setOnAction(e -> moveSelected(-1));
        Button down = new Button("Down");
        down.setOnAction(e -> moveSelected(1));
        Button remove = new Button("Remove");
        remove.setOnAction(
                e -> model.apply().applyOrder().remove(order.getSelectionModel().getSelectedIndex()));
        return new HBox(6, choice, add, up, down, remove);
    }

    private HBox runBar() {
        Button run = new Button("Preview");
        run.setId("flavour-preview");
        run.setOnAction(e -> model.apply().preview());
        Button apply = new Button("Create pot with these flavours…");
        apply.setId("flavour-create-pot");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> model.apply().createPotWithFlavours());
        HBox runBar = new HBox(8, new Label("Base"), base, new Label("Network"), network, run, apply);
        runBar.setAlignment(Pos.CENTER_LEFT);
        return runBar;
    }

    private void bind() {
        Runnable names = () -> choice.getItems()
                .setAll(model.flavours().stream().map(Flavour::name).toList());
        model.flavours().addListener((ListChangeListener<Flavour>) c -> names.run());
        names.run();
        base.textProperty().bindBidirectional(model.apply().baseProperty());
        network.valueProperty().bindBidirectional(model.networkProperty());
        result.textProperty().bind(model.apply().previewProperty());
    }

    private void moveSelected(int by) {
        int i = order.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            order.getSelectionModel().clearAndSelect(model.apply().applyOrder().move(i, by));
        }
    }
}
