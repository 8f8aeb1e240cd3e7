package potconsole.app.dialog;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;

/**
 * Names offered as a free-text field is typed (ControlsFX auto-completion): for a field where a list can be long and
 * a name that is not on it is still taken (a dependency on a pot not there yet, an image on another registry).
 */
public final class Suggestions {
    private Suggestions() {}

    /** Offers the names from {@code names} (read at each keystroke) that contain what was typed, ignoring case. */
    public static void offer(TextField field, Supplier<List<String>> names) {
        TextFields.bindAutoCompletion(field, typed -> containing(names.get(), typed.getUserText()));
    }

    static List<String> containing(List<String> names, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return names.stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).contains(t))
                .toList();
    }
}
