package potconsole.app.theme;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.io.PrivateFiles;

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
    /** Space kept free around a first-time window, so it never looks maximised by accident. */
    static final double MARGIN = 24;

    private static WindowPlacement standard;

    private final Path file;
    private final Properties saved = new Properties();
    private boolean loaded;

    public WindowPlacement(Path file) {
        this.file = file;
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
        return file;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Geometry, pure (tested without a screen)

    /** A size that fits {@code bounds}: the preferred one, or as much of it as the screen has room for. */
    static Rectangle2D fitSize(double prefWidth, double prefHeight, Rectangle2D bounds) {
        double w = Math.min(prefWidth, Math.max(200, bounds.getWidth() - MARGIN));
        double h = Math.min(prefHeight, Math.max(150, bounds.getHeight() - MARGIN));
        return new Rectangle2D(0, 0, Math.min(w, bounds.getWidth()), Math.min(h, bounds.getHeight()));
    }

    /**
     * A window of {@code width}×{@code height} centred on {@code owner} (or on {@code bounds} without one), moved so
     * that all of it is inside {@code bounds}; a window bigger than {@code bounds} is cut to it.
     */
    static Rectangle2D centreInside(double width, double height, Optional<Rectangle2D> owner, Rectangle2D bounds) {
        Rectangle2D around = owner.orElse(bounds);
        double w = Math.min(width, bounds.getWidth());
        double h = Math.min(height, bounds.getHeight());
        double x = around.getMinX() + (around.getWidth() - w) / 2;
        double y = around.getMinY() + (around.getHeight() - h) / 2;
        return inside(new Rectangle2D(x, y, w, h), bounds);
    }

    /** {@code r} moved (and cut) so that all of it is inside {@code bounds}. */
    static Rectangle2D inside(Rectangle2D r, Rectangle2D bounds) {
        double w = Math.min(r.getWidth(), bounds.getWidth());
        double h = Math.min(r.getHeight(), bounds.getHeight());
        double x = Math.max(bounds.getMinX(), Math.min(r.getMinX(), bounds.getMaxX() - w));
        double y = Math.max(bounds.getMinY(), Math.min(r.getMinY(), bounds.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /** The visual bounds of the screen showing most of {@code r}, else of the primary screen. */
    static Rectangle2D screenOf(Optional<Rectangle2D> r) {
        if (r.isPresent() && r.get().getWidth() > 0 && r.get().getHeight() > 0) {
            Rectangle2D a = r.get();
            List<Screen> screens = Screen.getScreensForRectangle(a.getMinX(), a.getMinY(), a.getWidth(), a.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static Optional<Rectangle2D> boundsOf(Window w) {
        if (w == null || !w.isShowing() || Double.isNaN(w.getX()) || w.getWidth() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()));
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
        Optional<Rectangle2D> remembered = rect(key);
        Rectangle2D r;
        if (remembered.isPresent()) {
            Rectangle2D bounds = screenOf(remembered);
            r = inside(remembered.get(), bounds);
        } else {
            Rectangle2D size = fitSize(prefWidth, prefHeight, screen);
            r = centreInside(size.getWidth(), size.getHeight(), Optional.empty(), screen);
        }
        apply(stage, r);
        if (Boolean.parseBoolean(get(key + ".maximized").orElse("false"))) {
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
        Rectangle2D size = rect(key)
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
            Optional<Rectangle2D> remembered = key == null ? Optional.empty() : rect(key);
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

    private static void apply(Window w, Rectangle2D r) {
        w.setX(r.getMinX());
        w.setY(r.getMinY());
        w.setWidth(r.getWidth());
        w.setHeight(r.getHeight());
    }

    /**
     * Puts {@code w} at {@code r} once it is mapped, on the next turn of the event loop. Under a real window manager
     * GTK glass maps a new window at GTK's default 200×200 while JavaFX believes it has the size it asked for; asking
     * again for a size JavaFX already believes in is a no-op, so each dimension is first set one pixel off, then to
     * the wanted value (within one pulse only the last value reaches the window).
     */
    /** The window property holding the size the console last chose for a window (re-asserted against GTK). */
    private static final Object TARGET = new Object();

    private static void enforce(Window w, Rectangle2D r) {
        w.getProperties().put(TARGET, r);
        Runnable put = () -> {
            if (!w.isShowing() || (w instanceof Stage s && (s.isMaximized() || s.isFullScreen()))) {
                return;
            }
            // The latest size the console chose: this one, or what growWithContent grew it to since.
            Rectangle2D t = (Rectangle2D) w.getProperties().getOrDefault(TARGET, r);
            w.setX(t.getMinX());
            w.setY(t.getMinY());
            w.setWidth(t.getWidth() - 1);
            w.setWidth(t.getWidth());
            w.setHeight(t.getHeight() - 1);
            w.setHeight(t.getHeight());
        };
        Platform.runLater(put);
        // When GTK tells JavaFX of a smaller size during the first seconds (a late configure from the mapping, not a
        // person: nobody resizes a window that fast), the chosen size is put back.
        ChangeListener<Number> shrunk = (o, was, now) -> {
            Rectangle2D t = (Rectangle2D) w.getProperties().getOrDefault(TARGET, r);
            if (w.getWidth() < t.getWidth() - 1 || w.getHeight() < t.getHeight() - 1) {
                Platform.runLater(put);
            }
        };
        w.widthProperty().addListener(shrunk);
        w.heightProperty().addListener(shrunk);
        PauseTransition settled = new PauseTransition(Duration.seconds(4));
        settled.setOnFinished(e -> {
            w.widthProperty().removeListener(shrunk);
            w.heightProperty().removeListener(shrunk);
        });
        settled.play();
        // GTK or the window manager can answer late with the size the window was mapped at (seen under openbox on a
        // busy machine: a dialog left at 600 px of its 720): the size is asserted again a moment later, and once more.
        for (double seconds : new double[] {0.3, 1.2}) {
            PauseTransition again = new PauseTransition(Duration.seconds(seconds));
            again.setOnFinished(e -> put.run());
            again.play();
        }
    }

    /**
     * When the content of the window needs more room than the window has (a long error that wraps onto more lines),
     * the window grows, as far as the screen allows; it never shrinks on its own.
     */
    private static void growWithContent(Window window) {
        Scene scene = window.getScene();
        if (scene == null || scene.getProperties().containsKey(WindowPlacement.class)) {
            return;
        }
        scene.getProperties().put(WindowPlacement.class, Boolean.TRUE);
        scene.addPostLayoutPulseListener(() -> {
            Parent root = scene.getRoot();
            if (!window.isShowing() || root == null) {
                return;
            }
            double needW = root.minWidth(-1);
            double needH = root.prefHeight(scene.getWidth());
            double extraW = Math.max(0, Math.ceil(needW - scene.getWidth()));
            double extraH = Math.max(0, Math.ceil(needH - scene.getHeight()));
            if (extraW < 1 && extraH < 1) {
                return;
            }
            Optional<Rectangle2D> now = boundsOf(window);
            if (now.isEmpty()) {
                return;
            }
            Rectangle2D screen = screenOf(now);
            Rectangle2D grown = inside(
                    new Rectangle2D(
                            now.get().getMinX(),
                            now.get().getMinY(),
                            now.get().getWidth() + extraW,
                            now.get().getHeight() + extraH),
                    screen);
            if (!grown.equals(now.get())) {
                window.getProperties().put(TARGET, grown);
                apply(window, grown);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Table columns

    /**
     * Restores the remembered order, widths and visibility of {@code table}'s columns (by their text) and remembers
     * them when {@code window} closes.
     */
    public void rememberColumns(TableView<?> table, String key, Window window) {
        restoreColumns(table, key);
        window.addEventHandler(WindowEvent.WINDOW_HIDING, e -> saveColumns(table, key));
    }

    /** "Name:150.0:1,State:95.0:1,…" — the columns in their order, each with its width and whether it is shown. */
    static String columnLayout(TableView<?> table) {
        List<String> parts = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            parts.add(escape(c.getText()) + ":" + Math.round(c.getWidth()) + ":" + (c.isVisible() ? 1 : 0));
        }
        return String.join(",", parts);
    }

    /** For the GUI tests (another package): {@link #saveColumns}. */
    public void saveColumnsForTest(TableView<?> table, String key) {
        saveColumns(table, key);
    }

    /** For the GUI tests (another package): {@link #restoreColumns}. */
    public void restoreColumnsForTest(TableView<?> table, String key) {
        restoreColumns(table, key);
    }

    void saveColumns(TableView<?> table, String key) {
        put(key + ".columns", columnLayout(table));
        save();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void restoreColumns(TableView<?> table, String key) {
        Optional<String> layout = get(key + ".columns");
        if (layout.isEmpty()) {
            return;
        }
        Map<String, TableColumn> byName = new HashMap<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            byName.put(c.getText(), c);
        }
        List<TableColumn> order = new ArrayList<>();
        for (String part : layout.get().split(",")) {
            String[] f = part.split(":");
            if (f.length != 3) {
                continue;
            }
            TableColumn c = byName.remove(unescape(f[0]));
            if (c == null) {
                continue;
            }
            try {
                double width = Double.parseDouble(f[1]);
                if (width >= c.getMinWidth() && width <= 2000) {
                    c.setPrefWidth(width);
                }
            } catch (NumberFormatException e) {
                // keep the default width
            }
            c.setVisible(!"0".equals(f[2]));
            order.add(c);
        }
        // Columns the file does not know (new in this version) keep their place at the end.
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        ((TableView) table).getColumns().setAll(order);
    }

    private static String escape(String s) {
        return s.replace("%", "%25").replace(",", "%2C").replace(":", "%3A");
    }

    private static String unescape(String s) {
        return s.replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The file

    private void remember(Window w, String key, boolean withMaximized) {
        if (w instanceof Stage s && withMaximized) {
            put(key + ".maximized", String.valueOf(s.isMaximized()));
            if (s.isMaximized() || s.isFullScreen() || s.isIconified()) {
                save();
                return; // keep the size it had before it was maximised
            }
        }
        if (w.getWidth() > 0 && w.getHeight() > 0) {
            put(
                    key,
                    String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f", w.getX(), w.getY(), w.getWidth(), w.getHeight()));
            save();
        }
    }

    /** The remembered x, y, width and height under {@code key}, when the file has a sensible one. */
    Optional<Rectangle2D> rect(String key) {
        return get(key).flatMap(v -> {
            String[] f = v.split(",");
            if (f.length != 4) {
                return Optional.empty();
            }
            try {
                double x = Double.parseDouble(f[0]);
                double y = Double.parseDouble(f[1]);
                double w = Double.parseDouble(f[2]);
                double h = Double.parseDouble(f[3]);
                return w >= 100 && h >= 80 && w < 100_000 && h < 100_000
                        ? Optional.of(new Rectangle2D(x, y, w, h))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    synchronized Optional<String> get(String key) {
        load();
        return Optional.ofNullable(saved.getProperty(key));
    }

    synchronized void put(String key, String value) {
        load();
        saved.setProperty(key, value);
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (NoSuchFileException e) {
            // first start
        } catch (IOException | IllegalArgumentException e) {
            saved.clear(); // unreadable: start from the defaults, as on a first start
        }
    }

    /**
     * Writes the file atomically and private (0600): a temporary file beside it, then a rename, so a crash leaves
     * the previous file whole. A failure to write is not worth a dialog: the next start uses the defaults.
     */
    synchronized void save() {
        load();
        try {
            PrivateFiles.directory(file.toAbsolutePath().getParent());
            StringWriter text = new StringWriter();
            text.write("# Pot Console: window sizes, positions and table columns (written when a window closes)\n");
            for (Map.Entry<String, String> e : new TreeMap<>(asMap()).entrySet()) {
                text.write(escapeKey(e.getKey()) + "=" + e.getValue() + "\n");
            }
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.deleteIfExists(part);
            try {
                Files.createFile(
                        part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(part);
            }
            Files.writeString(part, text.toString(), StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("pot-console: could not save window sizes to " + file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            System.err.println("pot-console: could not save window sizes to " + file + ": " + e.getMessage());
        }
    }

    private Map<String, String> asMap() {
        Map<String, String> m = new HashMap<>();
        for (String k : saved.stringPropertyNames()) {
            m.put(k, saved.getProperty(k));
        }
        return m;
    }

    private static String escapeKey(String key) {
        return key.replace("\\", "\\\\").replace("=", "\\=").replace(":", "\\:").replace(" ", "\\ ");
    }
}
