package potconsole.app.dialog;

import javafx.scene.control.Button;

/** A button a window shows only once its opener says what it does (an action another package owns). */
public final class OfferedButton {
    private OfferedButton() {}

    public static Button hidden(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.setVisible(false);
        button.setManaged(false);
        return button;
    }

    public static void offer(Button button, Runnable action) {
        button.setOnAction(e -> action.run());
        button.setVisible(true);
        button.setManaged(true);
    }
}
