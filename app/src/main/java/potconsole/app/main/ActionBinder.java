package potconsole.app.main;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import potconsole.app.action.ConsoleAction;

/**
 * Binds each {@link ConsoleAction} once to what it does and to why it cannot run now (empty when it can); menus,
 * toolbar buttons, context menus, the palette and the keyboard all render from here, so every one of them is
 * enabled exactly when the action can work. An action that cannot run says why: in the toolbar's tooltip, in the
 * palette, and in the status line when its key is pressed. Bind every action before building any view.
 */
public final class ActionBinder {
    private record Binding(Runnable run, ObservableStringValue whyNot) {}

    private final Map<ConsoleAction, Binding> bindings = new EnumMap<>(ConsoleAction.class);
    private Consumer<String> refused = m -> {};

    /** @param whyNot empty when the action can run, else the reason it cannot */
    public void bind(ConsoleAction action, Runnable run, ObservableStringValue whyNot) {
        bindings.put(action, new Binding(run, whyNot));
    }

    public void bind(ConsoleAction action, Runnable run, BooleanExpression enabled, String whyNot) {
        bind(action, run, Bindings.when(enabled).then("").otherwise(whyNot));
    }

    public void bind(ConsoleAction action, Runnable run) {
        bind(action, run, new ReadOnlyStringWrapper(""));
    }

    /** Where a refused action's reason is told (the status line). */
    public void setOnRefused(Consumer<String> refused) {
        this.refused = refused;
    }

    public boolean isEnabled(ConsoleAction action) {
        return whyNot(action).isEmpty();
    }

    /** Why the action cannot run now; empty when it can. An action nobody bound cannot run. */
    public Optional<String> whyNot(ConsoleAction action) {
        Binding b = bindings.get(action);
        if (b == null) {
            return Optional.of(action.label() + " is not available here");
        }
        String reason = b.whyNot().get();
        return reason == null || reason.isEmpty() ? Optional.empty() : Optional.of(reason);
    }

    /** Runs the action, or tells why it cannot run. */
    public void fire(ConsoleAction action) {
        Optional<String> why = whyNot(action);
        if (why.isPresent()) {
            refused.accept(plain(action) + ": " + why.get());
            return;
        }
        bindings.get(action).run().run();
    }

    private BooleanExpression disabled(ConsoleAction action) {
        Binding b = bindings.get(action);
        if (b == null) {
            throw new IllegalStateException(action + " is not bound: bind every action before building the views");
        }
        return Bindings.createBooleanBinding(() -> !isEnabled(action), b.whyNot());
    }

    public MenuItem menuItem(ConsoleAction action) {
        MenuItem item = new MenuItem(action.label(), new FontIcon(action.icon()));
        item.setMnemonicParsing(false);
        action.accelerator().ifPresent(item::setAccelerator);
        item.disableProperty().bind(disabled(action));
        item.setOnAction(e -> fire(action));
        return item;
    }

    /** A toolbar button whose tooltip says what it does, its keys, and — when disabled — why. */
    public Node button(ConsoleAction action, boolean withText) {
        Button button = new Button(withText ? plain(action) : null, new FontIcon(action.icon()));
        button.setMnemonicParsing(false);
        button.setId(idOf(action));
        if (!withText) {
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        button.disableProperty().bind(disabled(action));
        button.setOnAction(e -> fire(action));
        String keys = action.acceleratorText();
        String what = action.label() + (keys.isEmpty() ? "" : "  (" + keys + ")");
        StringBinding text = Bindings.createStringBinding(
                () -> whyNot(action).map(w -> what + "\n" + w).orElse(what),
                bindings.get(action).whyNot());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        // A disabled control shows no tooltip of its own, so the tooltip sits on a wrapper that never is disabled.
        StackPane holder = new StackPane(button);
        holder.getStyleClass().add("action-holder");
        Tooltip.install(holder, tip);
        return holder;
    }

    static String idOf(ConsoleAction action) {
        return "action-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String plain(ConsoleAction action) {
        return action.label().replace("…", "");
    }

    /**
     * Accelerators that no menu item carries (menus register their own), and a filter that tells why when the key
     * of a disabled action is pressed (a disabled menu item ignores its key without a word).
     */
    public void installAccelerators(Scene scene, ConsoleAction... actions) {
        for (ConsoleAction a : actions) {
            a.accelerator().ifPresent(k -> scene.getAccelerators().put(k, () -> fire(a)));
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl) {
                return; // Delete, F2… are the text field's own keys there
            }
            for (ConsoleAction a : bindings.keySet()) {
                if (a.accelerator().filter(k -> k.match(e)).isPresent()) {
                    whyNot(a).ifPresent(w -> refused.accept(plain(a) + ": " + w));
                }
            }
        });
    }
}
