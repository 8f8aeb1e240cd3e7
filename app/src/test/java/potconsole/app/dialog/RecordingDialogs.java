package potconsole.app.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Records every dialog; confirms and prompts answer as configured. */
public final class RecordingDialogs implements DialogService {
    public final List<String> shown = new ArrayList<>();
    /** The details of each error dialog, in order. */
    public final List<String> errorDetails = new ArrayList<>();

    public boolean confirm = true;
    public String answer = "";

    @Override
    public void error(String title, String headline, String details) {
        shown.add("error: " + headline);
        errorDetails.add(details);
    }

    @Override
    public void info(String title, String message) {
        shown.add("info: " + message);
    }

    @Override
    public void confirm(String title, String message, String confirmLabel, Runnable onConfirm) {
        shown.add("confirm: " + title + " | " + message);
        if (confirm) {
            onConfirm.run();
        }
    }

    /** The action {@link #choose} answers with; "Cancel" (or an action not offered) chooses nothing. */
    public String choice = "Cancel";

    @Override
    public void choose(String title, String message, List<String> actions, Consumer<String> onChoice) {
        shown.add("choose: " + title + " | " + message + " | " + String.join("/", actions));
        if (actions.contains(choice)) {
            onChoice.accept(choice);
        }
    }

    @Override
    public void prompt(
            String title,
            String label,
            String initial,
            Function<String, Optional<String>> validator,
            Consumer<String> onOk) {
        Optional<String> problem = validator.apply(answer);
        shown.add("prompt: " + title + problem.map(p -> " refused: " + p).orElse(""));
        if (problem.isEmpty()) {
            onOk.accept(answer);
        }
    }
}
