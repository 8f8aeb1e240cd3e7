package potconsole.app.hosts;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import potconsole.app.dialog.DialogService;
import potconsole.app.state.HostEntry;
import potconsole.engine.command.CreateBaseCommand;
import potconsole.engine.command.CreateFscompCommand;
import potconsole.engine.command.CreatePrivateBridgeCommand;
import potconsole.engine.command.PotCommand;
import potconsole.engine.model.HostInventory;

/** A host's bases, fscomps, private bridges, flavours and pot settings; create a base, an fscomp or a bridge. */
public final class HostResourcesDialog extends Dialog<ButtonType> {
    public HostResourcesDialog(
            Window owner, HostEntry host, HostInventory inv, DialogService dialogs, Consumer<PotCommand> run) {
        initOwner(owner);
        setTitle("Resources of " + host.name());
        setHeaderText("Resources of " + host.name() + " (pot "
                + inv.settings().version().orElse("?") + ")");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        TabPane tabs = new TabPane(
                tab(
                        "Bases",
                        list(inv.bases().stream()
                                .map(b -> b.name() + "   (level-0 pot " + b.levelZeroPot() + ")")
                                .toList()),
                        button(
                                "Create base…",
                                () -> dialogs.prompt(
                                        "Create base",
                                        "FreeBSD release, e.g. 14.1 (fetches" + " base.txz: takes minutes)",
                                        "",
                                        check(r -> new CreateBaseCommand(r, Optional.empty())),
                                        r -> run.accept(new CreateBaseCommand(r, Optional.empty()))))),
                tab(
                        "File-system components",
                        list(inv.fscomps().stream().map(f -> f.name()).toList()),
                        button(
                                "Create fscomp…",
                                () -> dialogs.prompt(
                                        "Create fscomp",
                                        "Name",
                                        "",
                                        check(CreateFscompCommand::new),
                                        n -> run.accept(new CreateFscompCommand(n))))),
                tab(
                        "Private bridges",
                        list(inv.bridges().stream()
                                .map(b -> b.name() + "   " + b.network().orElse("?") + " via "
                                        + b.gateway().orElse("?"))
                                .toList()),
                        button(
                                "Create private bridge…",
                                () -> dialogs.prompt(
                                        "Create private bridge",
                                        "name:hosts — e.g. backend:10 (potnet picks the subnet)",
                                        "",
                                        check(HostResourcesDialog::bridge),
                                        s -> run.accept(bridge(s))))),
                tab(
                        "Flavours",
                        list(inv.flavours().stream()
                                .map(f -> f.name() + "   "
                                        + (f.hasCommandFile() ? "commands" : "")
                                        + (f.hasCommandFile() && f.hasBootstrap() ? " + " : "")
                                        + (f.hasBootstrap() ? "bootstrap .sh" : ""))
                                .toList()),
                        null),
                tab(
                        "Settings",
                        list(inv.settings().values().entrySet().stream()
                                .map(e -> e.getKey() + " = " + e.getValue())
                                .toList()),
                        null));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(640, 420);
        getDialogPane().setContent(tabs);
        getDialogPane().setId("resources-dialog");
        potconsole.app.dialog.DialogChrome.prepare(this, "host-resources");
    }

    private static CreatePrivateBridgeCommand bridge(String spec) {
        String[] f = spec.strip().split(":", 2);
        if (f.length != 2) {
            throw new potconsole.engine.command.InvalidArgumentException("Write it as name:hosts, e.g. backend:10");
        }
        try {
            return new CreatePrivateBridgeCommand(f[0], Integer.parseInt(f[1].strip()));
        } catch (NumberFormatException e) {
            throw new potconsole.engine.command.InvalidArgumentException("'" + f[1] + "' is not a number of hosts");
        }
    }

    private static Function<String, Optional<String>> check(Function<String, ? extends PotCommand> build) {
        return s -> {
            try {
                build.apply(s.strip());
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        };
    }

    private static Tab tab(String title, Node content, Button action) {
        VBox box = new VBox(8, content);
        if (action != null) {
            box.getChildren().add(action);
        }
        box.setPadding(new Insets(8));
        return new Tab(title, box);
    }

    private static ListView<String> list(List<String> items) {
        ListView<String> l = new ListView<>();
        l.getItems().setAll(items.isEmpty() ? List.of("(none)") : items);
        return l;
    }

    private static Button button(String text, Runnable onClick) {
        Button b = new Button(text);
        b.getStyleClass().add(Styles.ACCENT);
        b.setOnAction(e -> onClick.run());
        return b;
    }
}
