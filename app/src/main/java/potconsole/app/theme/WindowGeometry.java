package potconsole.app.theme;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Window geometry: sizes that fit a screen, centring on an owner, keeping a window on its screen. Pure but for the screen lookups. */
final class WindowGeometry {
    /** Space kept free around a first-time window, so it never looks maximised by accident. */
    static final double MARGIN = 24;

    private WindowGeometry() {}

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

    static Optional<Rectangle2D> boundsOf(Window w) {
        if (w == null || !w.isShowing() || Double.isNaN(w.getX()) || w.getWidth() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()));
    }
}
