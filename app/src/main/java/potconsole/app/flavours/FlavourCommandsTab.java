package potconsole.app.flavours;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import potconsole.engine.flavour.FlavourCommand;
import potconsole.engine.flavour.FlavourLine;

/** The flavour editor's "Commands" tab: one row with a form per command, reordered by drag, Alt+Up/Down or buttons. */
final class FlavourCommandsTab extends VBox {
    private final FlavourEditorViewModel model;
    private final ListView<FlavourLine> rows;

    /** @param names the host's pots and fscomps, offered in add-dep and mount-in rows */
    FlavourCommandsTab(FlavourEditorViewModel model, HostNames names) {
        this.model = model;
        this.rows = new ListView<>(model.lines());
        rows.setId("flavour-rows");
        rows.setPlaceholder(new Label("No commands: add one below, or write only a bootstrap script."));
        rows.setCellFactory(v -> new LineCell(model, names));
        rows.setOnKeyPressed(this::onRowKey);
        VBox.setVgrow(rows, Priority.ALWAYS);
        setSpacing(8);
        getChildren().addAll(rows, bar());
        setPadding(new Insets(8, 0, 0, 0));
    }

    private HBox bar() {
        Button up = new Button("Move up");
        up.setOnAction(e -> moveSelected(-1));
        Button down = new Button("Move down");
        down.setOnAction(e -> moveSelected(1));
        Label hint = new Label("pot runs these in order, then the bootstrap. Drag rows, or Alt+Up/Alt+Down.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox bar = new HBox(8, addMenu(), up, down, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Alt+Up/Down moves the selected row, Delete removes it. */
    private void onRowKey(KeyEvent e) {
        int i = rows.getSelectionModel().getSelectedIndex();
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && i >= 0 && e.getTarget() == rows) {
            model.remove(i);
            e.consume();
        }
    }

    private void moveSelected(int delta) {
        int i = rows.getSelectionModel().getSelectedIndex();
        if (model.move(i, delta)) {
            rows.getSelectionModel().clearAndSelect(i + delta);
        }
    }

    /** One item per pot flavour command, each adding a blank row of it at the end. */
    private MenuButton addMenu() {
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
        return add;
    }
}
