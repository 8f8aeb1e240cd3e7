package potconsole.app.hosts;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import potconsole.app.dialog.DialogChrome;

/** A host's bases, fscomps, private bridges, flavours and pot settings; create a base, an fscomp or a bridge. */
public final class HostResourcesDialog extends Dialog<ButtonType> {
    private final HostResourcesViewModel model;

    public HostResourcesDialog(Window owner, HostResourcesViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle(model.title());
        setHeaderText(model.header());
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setContent(tabs());
        getDialogPane().setId("resources-dialog");
        DialogChrome.prepare(this, "host-resources");
    }

    private TabPane tabs() {
        TabPane tabs = new TabPane(
                tab("Bases", model.bases(), button("Create base…", model::createBase)),
                tab("File-system components", model.fscomps(), button("Create fscomp…", model::createFscomp)),
                tab("Private bridges", model.bridges(), button("Create private bridge…", model::createBridge)),
                tab("Flavours", model.flavours(), null),
                tab("Settings", model.settings(), null));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(640, 420);
        return tabs;
    }

    private static Tab tab(String title, List<String> lines, Button action) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(lines);
        VBox box = new VBox(8, list);
        if (action != null) {
            box.getChildren().add(action);
        }
        box.setPadding(new Insets(8));
        return new Tab(title, box);
    }

    private static Button button(String text, Runnable onClick) {
        Button b = new Button(text);
        b.getStyleClass().add(Styles.ACCENT);
        b.setOnAction(e -> onClick.run());
        return b;
    }
}
