package potconsole.app.main;

import java.util.Arrays;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import potconsole.app.action.ConsoleAction;
import potconsole.app.dialog.DialogChrome;

/** Ctrl+K: type to find any action that is possible right now, Enter to run it. */
final class CommandPalette extends Dialog<ButtonType> {
    private final ActionBinder actions;
    private final FilteredList<ConsoleAction> items =
            new FilteredList<>(FXCollections.observableArrayList(Arrays.stream(ConsoleAction.values())
                    .filter(a -> a != ConsoleAction.PALETTE)
                    .toList()));
    private final TextField search = new TextField();
    private final ListView<ConsoleAction> list = new ListView<>(items);

    static void open(Window owner, ActionBinder actions) {
        DialogChrome.prepare(new CommandPalette(owner, actions), "palette").show();
    }

    private CommandPalette(Window owner, ActionBinder actions) {
        this.actions = actions;
        initOwner(owner);
        setTitle("Command palette");
        getDialogPane().setId("palette-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        createSearch();
        createList();
        VBox box = new VBox(8, search, list);
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        bindKeys();
        setOnShown(e -> {
            search.requestFocus();
            list.getSelectionModel().selectFirst();
        });
    }

    private void createSearch() {
        search.setId("palette-search");
        search.setPromptText("Type an action…");
        search.textProperty().addListener((o, was, now) -> {
            String q = now.toLowerCase(Locale.ROOT);
            items.setPredicate(a -> a.label().toLowerCase(Locale.ROOT).contains(q));
            list.getSelectionModel().selectFirst();
        });
    }

    private void createList() {
        list.setId("palette-list");
        list.setPrefSize(460, 320);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ConsoleAction a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setGraphic(null);
                    return;
                }
                Label keys = new Label(actions.whyNot(a).orElse(a.acceleratorText()));
                keys.getStyleClass().add("text-muted");
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                Label name = new Label(a.label(), new FontIcon(a.icon()));
                setGraphic(new HBox(8, name, grow, keys));
                setDisable(!actions.isEnabled(a));
            }
        });
    }

    private void bindKeys() {
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                fire();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                fire();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                fire();
            }
        });
    }

    private void fire() {
        ConsoleAction a = list.getSelectionModel().getSelectedItem();
        if (a != null && actions.isEnabled(a)) {
            // After the key event that chose it: closing a window inside its own key handler is what GTK glass
            // must not see (see DialogChrome).
            Platform.runLater(() -> {
                close();
                actions.fire(a);
            });
        }
    }
}
