package potconsole.app.theme;

import static potconsole.app.theme.WindowGeometry.boundsOf;
import static potconsole.app.theme.WindowGeometry.inside;
import static potconsole.app.theme.WindowGeometry.screenOf;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Keeps a shown window at the size the console chose for it, against GTK and the window manager: a window mapped
 * at GTK's default, a late configure that shrinks it, content that outgrows it.
 */
final class LateConfigure {
    /** The window property holding the size the console last chose for a window (re-asserted against GTK). */
    private static final Object TARGET = new Object();

    private LateConfigure() {}

    static void apply(Window w, Rectangle2D r) {
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
    static void enforce(Window w, Rectangle2D r) {
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
    static void growWithContent(Window window) {
        Scene scene = window.getScene();
        if (scene == null || scene.getProperties().containsKey(LateConfigure.class)) {
            return;
        }
        scene.getProperties().put(LateConfigure.class, Boolean.TRUE);
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
}
