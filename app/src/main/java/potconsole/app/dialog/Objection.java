package potconsole.app.dialog;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The engine's objection to one typed value, for a field's mark: its rule (a {@code Validate} method or a command
 * record built around the value) runs, and what it throws is the message. An empty field has no verdict until the
 * form is submitted, so it is never marked.
 */
public final class Objection {
    private Objection() {}

    public static Optional<String> to(String value, Consumer<String> rule) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            rule.accept(value.strip());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
