package potconsole.app.hosts;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import potconsole.app.dialog.DialogChrome;
import potconsole.app.state.HostEntry;
import potconsole.engine.model.HostInventory;

/**
 * A host's bases, fscomps, private bridges, flavours and pot settings; create a base, an fscomp or a bridge, clone an
 * fscomp. The lists follow the host's reads ({@link #reload}).
 */
public final class HostResourcesDialog extends Dialog<ButtonType> {
    private final HostResourcesViewModel model;
    private final ListView<String> bases = new ListView<>();
    private final ListView<String> fscomps = new ListView<>();
    private final ListView<String> bridges = new ListView<>();
    private final ListView<String> flavours = new ListView<>();
    private final ListView<String> settings = new ListView<>();

    public HostResourcesDialog(Window owner, HostResourcesViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle(model.title());
        setHeaderText(model.header());
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setContent(tabs());
        reload();
        getDialogPane().setId("resources-dialog");
        fscomps.setId("fscomp-list");
        DialogChrome.prepare(this, "host-resources");
    }

    /** The dialog on a host whose lists follow the host's reads while it is open (a create or clone shows up). */
    public static HostResourcesDialog following(Window owner, HostEntry host, HostResourcesViewModel model) {
        HostResourcesDialog dialog = new HostResourcesDialog(owner, model);
        ChangeListener<Optional<HostInventory>> reread = (o, was, now) -> now.ifPresent(next -> {
            model.update(next);
            dialog.reload();
        });
        host.inventoryProperty().addListener(reread);
        dialog.setOnHidden(e -> host.inventoryProperty().removeListener(reread));
        return dialog;
    }

    /** Shows the view-model's lists (again, after the host was read anew). */
    public void reload() {
        bases.getItems().setAll(model.bases());
        fscomps.getItems().setAll(model.fscomps());
        bridges.getItems().setAll(model.bridges());
        flavours.getItems().setAll(model.flavours());
        settings.getItems().setAll(model.settings());
    }

    private TabPane tabs() {
        Button cloneFscomp = button(
                "Clone…", () -> model.cloneFscomp(fscomps.getSelectionModel().getSelectedItem()));
        cloneFscomp.setId("clone-fscomp");
        cloneFscomp
                .disableProperty()
                .bind(fscomps.getSelectionModel()
                        .selectedItemProperty()
                        .isNull()
                        .or(fscomps.getSelectionModel().selectedItemProperty().isEqualTo(HostResourcesViewModel.NONE)));
        TabPane tabs = new TabPane(
                tab("Bases", bases, button("Create base…", model::createBase)),
                tab("File-system components", fscomps, button("Create fscomp…", model::createFscomp), cloneFscomp),
                tab("Private bridges", bridges, button("Create private bridge…", model::createBridge)),
                tab("Flavours", flavours),
                tab("Settings", settings));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(640, 420);
        return tabs;
    }

    private static Tab tab(String title, ListView<String> list, Button... actions) {
        VBox box = new VBox(8, list);
        if (actions.length > 0) {
            box.getChildren().add(new HBox(8, actions));
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
