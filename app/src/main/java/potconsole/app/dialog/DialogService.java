package potconsole.app.dialog;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The console's few dialogs, asynchronous (answers arrive in callbacks), FX thread only. View-models talk to this
 * interface; tests give them a fake.
 */
public interface DialogService {
    /** pot's own message up front; command, exit code and output collapsed under "Details". */
    void error(String title, String headline, String details);

    /** A failure as {@link ErrorText} tells it: pot's message as the headline, the rest under "Details". */
    default void error(String title, Throwable failure) {
        ErrorText text = ErrorText.of(failure);
        error(title, text.headline(), text.details());
    }

    void info(String title, String message);

    /** A destructive action: the message names what will be lost; nothing happens unless confirmed. */
    void confirm(String title, String message, String confirmLabel, Runnable onConfirm);

    /**
     * A choice between named actions (e.g. "Save", "Discard") and Cancel; {@code onChoice} hears the action chosen,
     * never Cancel. Buttons are named by what they do, never "OK".
     */
    default void choose(String title, String message, List<String> actions, Consumer<String> onChoice) {
        String first = actions.get(0);
        confirm(title, message, first, () -> onChoice.accept(first));
    }

    /** One line of input, checked as typed: the validator returns the problem, or empty when it is fine. */
    void prompt(
            String title,
            String label,
            String initial,
            Function<String, Optional<String>> validator,
            Consumer<String> onOk);
}
