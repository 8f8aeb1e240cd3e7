package potconsole.app.theme;

import static potconsole.app.theme.LateConfigure.apply;
import static potconsole.app.theme.LateConfigure.enforce;
import static potconsole.app.theme.LateConfigure.growWithContent;
import static potconsole.app.theme.WindowGeometry.boundsOf;
import static potconsole.app.theme.WindowGeometry.centreInside;
import static potconsole.app.theme.WindowGeometry.fitSize;
import static potconsole.app.theme.WindowGeometry.inside;
import static potconsole.app.theme.WindowGeometry.screenOf;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import potconsole.engine.host.UserDirectories;

/**
 * Where every window of the console opens and how big: one rule for the main window, the tool windows and the
 * dialogs, so that under a real window manager none opens at 200×200, off-screen or bigger than the screen.
 *
 * <ul>
 *   <li>First size: the window's preferred size, cut to the visual bounds of its screen (at 1024×700 everything
 *       fits).
 *   <li>Remembered: size (and, for windows without an owner, position) are saved when a window closes, in a small
 *       private file {@code $XDG_STATE_HOME/pot-console/windows.properties} (0600, written atomically), and restored
 *       the next time as long as they still fit a screen.
 *   <li>Owned windows and dialogs open centred on their owner, always with the title bar and the whole window on
 *       the screen; they are resizable, and a dialog whose content grows (a long error) grows with it so its buttons
 *       stay visible.
 *   <li>The column layout (order, widths, visibility) of a table can be remembered the same way.
 * </ul>
 */
public final class WindowPlacement {
    private static WindowPlacement standard;

    private final PlacementFile file;

    public WindowPlacement(Path file) {
        this.file = new PlacementFile(file);
    }

    /** The console's file under {@code $XDG_STATE_HOME/pot-console/}. */
    public static synchronized WindowPlacement standard() {
        if (standard == null) {
            String file = System.getProperty("potconsole.windowsFile");
            standard = new WindowPlacement(
                    file != null && !file.isBlank()
                            ? Path.of(file)
                            : UserDirectories.state().resolve("windows.properties"));
        }
        return standard;
    }

    /** For tests: where the standard instance keeps its file. */
    public static synchronized void useFile(Path file) {
        standard = new WindowPlacement(file);
    }

    public Path file() {
        return file.path();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Windows

    /**
     * The main window: the remembered size and position when they still fit a screen, else {@code prefWidth}×{@code
     * prefHeight} cut to the screen and centred on it. Call before {@code show()}.
     */
    public void placeMain(Stage stage, String key, double prefWidth, double prefHeight) {
        stage.getProperties().put(WindowPlacement.class, key);
        Rectangle2D screen = screenOf(Optional.empty());
        Optional<Rectangle2D> remembered = file.rect(key);
        Rectangle2D r;
        if (remembered.isPresent()) {
            Rectangle2D bounds = screenOf(remembered);
            r = inside(remembered.get(), bounds);
        } else {
            Rectangle2D size = fitSize(prefWidth, prefHeight, screen);
            r = centreInside(size.getWidth(), size.getHeight(), Optional.empty(), screen);
        }
        apply(stage, r);
        if (Boolean.parseBoolean(file.get(key + ".maximized").orElse("false"))) {
            stage.setMaximized(true);
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> enforce(stage, r));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remember(stage, key, true));
    }

    /**
     * A window with an owner: opens at its remembered size (else {@code prefWidth}×{@code prefHeight}), cut to the
     * owner's screen and centred on the owner; resizable; its size is remembered when it closes. Call before {@code
     * show()}.
     */
    public void placeOwned(Stage stage, String key, double prefWidth, double prefHeight) {
        stage.getProperties().put(WindowPlacement.class, key);
        stage.setResizable(true);
        Optional<Rectangle2D> owner = boundsOf(stage.getOwner());
        Rectangle2D screen = screenOf(owner);
        Rectangle2D size = file.rect(key)
                .map(r -> fitSize(r.getWidth(), r.getHeight(), screen))
                .orElseGet(() -> fitSize(prefWidth, prefHeight, screen));
        Rectangle2D r = centreInside(size.getWidth(), size.getHeight(), owner, screen);
        apply(stage, r);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> enforce(stage, r));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remember(stage, key, false));
    }

    /**
     * A dialog: resizable, centred on its owner and entirely on the screen once its size is known, at its remembered
     * size when there is one ({@code key} null: not remembered); it grows when its content grows (a long error) so
     * the buttons stay visible.
     */
    public void placeDialog(Dialog<?> dialog, String key) {
        dialog.setResizable(true);
        placeDialogWindow(dialog.getDialogPane().getScene().getWindow(), key);
    }

    /** {@link #placeDialog} for the window of a dialog (a Stage whose root is the DialogPane). */
    public void placeDialogWindow(Window window, String key) {
        if (window.getProperties().putIfAbsent(WindowPlacement.class, key == null ? "" : key) != null) {
            return; // placed already
        }
        if (window instanceof Stage s) {
            s.setResizable(true);
        }
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            Optional<Rectangle2D> owner = boundsOf(ownerOf(window));
            Rectangle2D screen = screenOf(owner.or(() -> boundsOf(window)));
            // What the content asks for, plus the decorations: the size reported at this point can be GTK's, not
            // the scene's.
            double w = window.getWidth();
            double h = window.getHeight();
            Scene scene = window.getScene();
            if (scene != null && scene.getRoot() != null) {
                double decoW = Math.max(0, window.getWidth() - scene.getWidth());
                double decoH = Math.max(0, window.getHeight() - scene.getHeight());
                double prefW = scene.getRoot().prefWidth(-1);
                w = Math.max(w, Math.ceil(prefW + decoW));
                h = Math.max(h, Math.ceil(scene.getRoot().prefHeight(prefW) + decoH));
            }
            Optional<Rectangle2D> remembered = key == null ? Optional.empty() : file.rect(key);
            if (remembered.isPresent()) {
                w = Math.max(w, remembered.get().getWidth());
                h = Math.max(h, remembered.get().getHeight());
            }
            Rectangle2D size = fitSize(w, h, screen);
            Rectangle2D r = centreInside(size.getWidth(), size.getHeight(), owner, screen);
            apply(window, r);
            enforce(window, r);
            growWithContent(window);
        });
        if (key != null) {
            window.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remember(window, key, false));
        }
    }

    /**
     * For a window nobody placed (a tool window of some part of the console): once shown, it is cut to its screen
     * and, when not entirely on it, centred on its owner.
     */
    public static void safetyNet(Window window) {
        if (window.getProperties().putIfAbsent(WindowPlacement.class, "") != null) {
            return;
        }
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            Optional<Rectangle2D> now = boundsOf(window);
            if (now.isEmpty()) {
                return;
            }
            Optional<Rectangle2D> owner = boundsOf(ownerOf(window));
            Rectangle2D screen = screenOf(owner.or(() -> now));
            Rectangle2D r = now.get();
            if (!inside(now.get(), screen).equals(now.get())) {
                Rectangle2D size = fitSize(now.get().getWidth(), now.get().getHeight(), screen);
                r = centreInside(size.getWidth(), size.getHeight(), owner, screen);
                apply(window, r);
            }
            enforce(window, r);
        });
    }

    private static Window ownerOf(Window w) {
        return w instanceof Stage s ? s.getOwner() : null;
    }

    /** Applies {@link #placeDialog} to a dialog whose window is already built (every {@code Dialog} is). */
    public static void dialog(Dialog<?> dialog, String key) {
        standard().placeDialog(dialog, key);
    }

    /** {@link #placeDialogWindow} with the standard file. */
    public static void dialogWindow(Window window, String key) {
        standard().placeDialogWindow(window, key);
    }

    /** {@link #placeOwned} with the standard file. */
    public static void owned(Stage stage, String key, double prefWidth, double prefHeight) {
        standard().placeOwned(stage, key, prefWidth, prefHeight);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Table columns

    /**
     * Restores the remembered order, widths and visibility of {@code table}'s columns (by their text) and remembers
     * them when {@code window} closes.
     */
    public void rememberColumns(TableView<?> table, String key, Window window) {
        ColumnLayouts.restoreColumns(file, table, key);
        window.addEventHandler(WindowEvent.WINDOW_HIDING, e -> ColumnLayouts.saveColumns(file, table, key));
    }

    /** For the GUI tests (another package): saves {@code table}'s layout now. */
    public void saveColumnsForTest(TableView<?> table, String key) {
        ColumnLayouts.saveColumns(file, table, key);
    }

    /** For the GUI tests (another package): restores {@code table}'s layout now. */
    public void restoreColumnsForTest(TableView<?> table, String key) {
        ColumnLayouts.restoreColumns(file, table, key);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The file

    private void remember(Window w, String key, boolean withMaximized) {
        if (w instanceof Stage s && withMaximized) {
            file.put(key + ".maximized", String.valueOf(s.isMaximized()));
            if (s.isMaximized() || s.isFullScreen() || s.isIconified()) {
                file.save();
                return; // keep the size it had before it was maximised
            }
        }
        if (w.getWidth() > 0 && w.getHeight() > 0) {
            file.put(
                    key,
                    String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f", w.getX(), w.getY(), w.getWidth(), w.getHeight()));
            file.save();
        }
    }
}
