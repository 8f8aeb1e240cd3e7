package potconsole.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * AtlantaFX Primer light or dark. The first start follows the desktop's preference where it can be read (GTK theme
 * name); after that the person's own choice is remembered.
 */
public final class ThemeManager {
    private static final String KEY = "dark";
    private final Preferences prefs = Preferences.userRoot().node("pot-console");
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public ThemeManager() {
        dark.set(prefs.getBoolean(KEY, desktopPrefersDark()));
        dark.addListener((o, was, now) -> {
            apply();
            prefs.putBoolean(KEY, now);
        });
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void toggle() {
        dark.set(!dark.get());
    }

    public void apply() {
        Application.setUserAgentStylesheet(
                dark.get() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** GTK_THEME, else GNOME's color-scheme setting (JavaFX 21 has no API for the OS preference). */
    static boolean desktopPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null) {
            return gtk.toLowerCase(java.util.Locale.ROOT).contains("dark");
        }
        try {
            Process p = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                    .redirectErrorStream(true)
                    .start();
            if (!p.waitFor(1, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("dark");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
