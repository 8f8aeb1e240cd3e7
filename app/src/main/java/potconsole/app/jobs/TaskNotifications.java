package potconsole.app.jobs;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * A desktop notification (ControlsFX {@link Notifications}) when a long job — export, import, copy, publish, create
 * with flavours, a base download — ends while nobody is watching the console: its window is not focused, or the task
 * drawer is closed. Clicking it brings the console forward with the task open. Short actions never notify; the status
 * bar's notice covers them. It only listens to the tasks' states: {@link TasksViewModel} is unchanged.
 */
public final class TaskNotifications {
    /** Any job that ran this long is worth a notification, whatever it was. */
    static final long LONG_SECONDS = 30;

    private static final List<String> LONG_KINDS = List.of(
            "pot export",
            "export ",
            "pot import",
            "import ",
            "pot copy-in",
            "pot copy-out",
            "copy ",
            "publish ",
            "pull ",
            "download ",
            "pot create-base");

    private final Window window;
    private final BooleanSupplier watched;
    private final Consumer<TaskItem> open;
    private final ObservableList<TaskItem> shown = FXCollections.observableArrayList();

    private TaskNotifications(Window window, BooleanSupplier watched, Consumer<TaskItem> open) {
        this.window = window;
        this.watched = watched;
        this.open = open;
    }

    /**
     * Watches every task {@code tasks} starts from now on.
     *
     * @param window the console's window: notifications show on its screen
     * @param watched whether the person sees the tasks now: the window focused and the task drawer open
     * @param open brings the console forward with the task drawer open on a task
     */
    public static TaskNotifications install(
            TasksViewModel tasks, Window window, BooleanSupplier watched, Consumer<TaskItem> open) {
        TaskNotifications n = new TaskNotifications(window, watched, open);
        tasks.tasks().addListener((ListChangeListener<TaskItem>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(n::watch);
            }
        });
        return n;
    }

    private void watch(TaskItem t) {
        t.stateProperty().addListener((o, was, now) -> {
            if (was == TaskItem.State.RUNNING
                    && now != TaskItem.State.RUNNING
                    && !watched.getAsBoolean()
                    && isLong(t)) {
                show(t);
            }
        });
    }

    /** Export, import, copy, publish, a base download, a create with flavours, or anything that ran 30 s or more. */
    static boolean isLong(TaskItem t) {
        String title = t.title().toLowerCase(Locale.ROOT);
        boolean longKind = LONG_KINDS.stream().anyMatch(title::startsWith)
                || (title.startsWith("pot create ") && title.contains(" -f "));
        return longKind || t.elapsed().toSeconds() >= LONG_SECONDS;
    }

    private void show(TaskItem t) {
        shown.add(t);
        Notifications n = Notifications.create()
                .owner(window)
                .title(headline(t))
                .text(t.title() + "\n" + t.host() + " · " + TaskItem.describe(t.elapsed()) + " · click to open")
                .styleClass("task-notification")
                .hideAfter(Duration.seconds(t.stateProperty().get() == TaskItem.State.FAILED ? 30 : 10))
                .onAction(e -> open.accept(t));
        if (t.stateProperty().get() == TaskItem.State.FAILED) {
            n.showError();
        } else {
            n.showInformation();
        }
    }

    private static String headline(TaskItem t) {
        return switch (t.stateProperty().get()) {
            case FAILED -> "Failed: " + t.messageProperty().get();
            case CANCELLED -> "Cancelled";
            default -> "Finished";
        };
    }

    /** The tasks notified so far, oldest first (read-only; for tests). */
    public List<TaskItem> shown() {
        return List.copyOf(shown);
    }
}
