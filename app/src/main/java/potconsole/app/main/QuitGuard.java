package potconsole.app.main;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TaskItem;
import potconsole.app.jobs.TasksViewModel;

/**
 * Quitting (Ctrl+Q, Console ▸ Quit, the window's close button) while tasks run asks first, naming how many and which;
 * with none running it just quits.
 */
final class QuitGuard {
    private final Stage stage;
    private final TasksViewModel tasks;
    private final DialogService dialogs;

    QuitGuard(Stage stage, TasksViewModel tasks, DialogService dialogs) {
        this.stage = stage;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The window manager's close button goes through {@link #quit} too. */
    QuitGuard install() {
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!running().isEmpty()) {
                e.consume();
                quit();
            }
        });
        return this;
    }

    /**
     * Asks when tasks are running, else closes every window. Runs after the current event: Ctrl+Q must not close the
     * window from inside its own key handler (see {@link potconsole.app.dialog.DialogChrome}).
     */
    void quit() {
        Platform.runLater(() -> {
            List<TaskItem> running = running();
            if (running.isEmpty()) {
                closeAll();
                return;
            }
            dialogs.confirm("Quit with " + count(running.size()) + " running?", message(running), "Quit", () -> {
                running().forEach(TaskItem::cancel);
                closeAll();
            });
        });
    }

    /** What the confirmation says: how many tasks, each by name and host, and what quitting does to them. */
    static String message(List<TaskItem> running) {
        StringBuilder m = new StringBuilder(count(running.size()) + " still running:\n");
        int shown = 0;
        for (TaskItem t : running) {
            if (shown++ == 8) {
                m.append("  … and ").append(running.size() - 8).append(" more\n");
                break;
            }
            m.append("  • ").append(t.title()).append(" (").append(t.host()).append(")\n");
        }
        m.append("\nQuitting cancels them. A command a host has already started may still finish there;"
                + " the next start shows the pots as they are.");
        return m.toString();
    }

    private static String count(int n) {
        return n == 1 ? "1 task" : n + " tasks";
    }

    private List<TaskItem> running() {
        return tasks.tasks().stream()
                .filter(t -> t.stateProperty().get() == TaskItem.State.RUNNING)
                .toList();
    }

    private void closeAll() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
        stage.close();
    }
}
