package potconsole.app.main;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import potconsole.app.action.ConsoleAction;

/**
 * Binds each {@link ConsoleAction} once to what it does and when it is enabled; menus, toolbar buttons, context menus,
 * the palette and the keyboard all render from here.
 */
public final class ActionBinder {
    private record Binding(Runnable run, BooleanExpression enabled) {}

    private final Map<ConsoleAction, Binding> bindings = new EnumMap<>(ConsoleAction.class);

    public void bind(ConsoleAction action, Runnable run, BooleanExpression enabled) {
        bindings.put(action, new Binding(run, enabled));
    }

    public void bind(ConsoleAction action, Runnable run) {
        bind(action, run, new ReadOnlyBooleanWrapper(true));
    }

    public boolean isEnabled(ConsoleAction action) {
        Binding b = bindings.get(action);
        return b != null && b.enabled().get();
    }

    public void fire(ConsoleAction action) {
        Binding b = bindings.get(action);
        if (b != null && b.enabled().get()) {
            b.run().run();
        }
    }

    public MenuItem menuItem(ConsoleAction action) {
        MenuItem item = new MenuItem(action.label(), new FontIcon(action.icon()));
        action.accelerator().ifPresent(item::setAccelerator);
        Binding b = bindings.get(action);
        if (b != null) {
            item.disableProperty().bind(b.enabled().not());
        }
        item.setOnAction(e -> fire(action));
        return item;
    }

    public Button button(ConsoleAction action, boolean withText) {
        Button button = new Button(withText ? action.label().replace("…", "") : null, new FontIcon(action.icon()));
        button.setId(
                "action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        String keys = action.acceleratorText();
        button.setTooltip(new Tooltip(action.label() + (keys.isEmpty() ? "" : "  (" + keys + ")")));
        if (!withText) {
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        Binding b = bindings.get(action);
        if (b != null) {
            button.disableProperty().bind(b.enabled().not());
        }
        button.setOnAction(e -> fire(action));
        return button;
    }

    /** Accelerators that no menu item carries (menus register their own). */
    public void installAccelerators(Scene scene, ConsoleAction... actions) {
        for (ConsoleAction a : actions) {
            a.accelerator().ifPresent(k -> scene.getAccelerators().put(k, () -> fire(a)));
        }
    }
}
