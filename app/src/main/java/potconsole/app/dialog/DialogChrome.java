package potconsole.app.dialog;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.theme.WindowPlacement;

/**
 * What every dialog of the console gets, in one place:
 *
 * <ul>
 *   <li>its geometry from {@link WindowPlacement} (resizable, centred on its owner, on the screen, growing with its
 *       content, size remembered);
 *   <li>button texts shown literally: a button that names a pot ("Destroy sg-web1_0") must not turn the {@code _}
 *       into a mnemonic;
 *   <li>Enter and Esc that close the dialog do so <em>after</em> the key event has been delivered. Closing a window
 *       from inside its own key-press handler destroys the native window while GTK glass is still inside {@code
 *       WindowContextBase::process_key} for it (it sends the KEY_TYPED event for the same key next); a crash (SIGSEGV
 *       in libglassgtk3 {@code process_key}) was seen once in exactly that keyboard flow. Deferring the close with
 *       {@link Platform#runLater} lets the native handler return first.
 * </ul>
 */
public final class DialogChrome {
    private DialogChrome() {}

    /**
     * Applies everything above to {@code dialog}; {@code key} names its remembered size (null: not remembered, for
     * one-off alerts).
     */
    public static <T extends Dialog<?>> T prepare(T dialog, String key) {
        dialog.setResizable(true);
        prepare(dialog.getDialogPane(), key);
        return dialog;
    }

    /**
     * From now on every window the console shows is placed: dialogs (their root is a DialogPane) get {@link
     * #prepare}, keyed by the pane's id; other windows at least open on the screen ({@link
     * WindowPlacement#safetyNet}). Windows prepared explicitly keep their own settings.
     */
    public static void watchAllWindows() {
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                        prepare(pane, pane.getId());
                    } else if (w instanceof Stage) {
                        WindowPlacement.safetyNet(w);
                    }
                }
            }
        });
    }

    private static void prepare(DialogPane pane, String key) {
        if (pane.getProperties().putIfAbsent(DialogChrome.class, Boolean.TRUE) != null) {
            return;
        }
        WindowPlacement.dialogWindow(pane.getScene().getWindow(), key);
        literalButtons(pane);
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) c -> literalButtons(pane));
        Scene scene = pane.getScene();
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> deferClosingKey(pane, e));
            ownersStylesheets(scene);
        }
    }

    /**
     * The owner's stylesheets (the console's colours for ControlsFX's popups, square popups where windows cannot be
     * transparent) in the dialog too: its popups (pickers, suggestions, a wrong field's tooltip) look up the
     * dialog's scene.
     */
    private static void ownersStylesheets(Scene scene) {
        if (scene.getWindow() instanceof Stage s
                && s.getOwner() != null
                && s.getOwner().getScene() != null) {
            s.getOwner().getScene().getStylesheets().stream()
                    .filter(css -> !scene.getStylesheets().contains(css))
                    .forEach(scene.getStylesheets()::add);
        }
    }

    /** Every button of the pane shows its text as it is: no mnemonic parsing. */
    static void literalButtons(DialogPane pane) {
        for (ButtonType t : pane.getButtonTypes()) {
            Node n = pane.lookupButton(t);
            if (n instanceof Button b) {
                b.setMnemonicParsing(false);
            }
        }
    }

    /**
     * Enter (on a focused dialog button, or the default button) and Esc (the cancel button) are consumed here and
     * the button fired on the next turn of the event loop, outside the native key handler.
     */
    private static void deferClosingKey(DialogPane pane, KeyEvent e) {
        if (e.isConsumed() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Node focus = pane.getScene().getFocusOwner();
        if (focus instanceof ComboBoxBase<?> combo && combo.isShowing()) {
            return; // the key belongs to the open list
        }
        Button target = null;
        if (e.getCode() == KeyCode.ENTER) {
            if (focus instanceof TextArea) {
                return;
            }
            target = focus instanceof Button b && isDialogButton(pane, b) ? b : find(pane, true);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            target = find(pane, false);
        }
        if (target == null || target.isDisabled() || !target.isVisible()) {
            return;
        }
        e.consume();
        Button fire = target;
        Platform.runLater(fire::fire);
    }

    private static boolean isDialogButton(DialogPane pane, Button b) {
        return pane.getButtonTypes().stream().anyMatch(t -> pane.lookupButton(t) == b);
    }

    /** The default button (Enter) or the cancel button (Esc) of the pane. */
    private static Button find(DialogPane pane, boolean defaultButton) {
        for (ButtonType t : pane.getButtonTypes()) {
            if (pane.lookupButton(t) instanceof Button b) {
                if (defaultButton && b.isDefaultButton()) {
                    return b;
                }
                if (!defaultButton
                        && (b.isCancelButton()
                                || t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE
                                || t.getButtonData().isCancelButton())) {
                    return b;
                }
            }
        }
        return null;
    }
}
