package potconsole.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.io.PrivateFiles;

/**
 * AtlantaFX Primer light or dark. The first start follows the desktop's preference where it can be read (GTK theme
 * name, GNOME colour scheme); after that the person's own choice is remembered in a one-line file
 * ({@code $XDG_CONFIG_HOME/pot-console/theme}: {@code dark} or {@code light}) — not java.util.prefs, whose XML store
 * and timer thread cost a cold start about 50 ms.
 */
public final class ThemeManager {
    private final Path file;
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public ThemeManager() {
        this(UserDirectories.config().resolve("theme"));
    }

    public ThemeManager(Path file) {
        this.file = file;
        dark.set(saved(file).orElseGet(ThemeManager::desktopPrefersDark));
        dark.addListener((o, was, now) -> {
            apply();
            CompletableFuture.runAsync(() -> save(file, now));
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

    static Optional<Boolean> saved(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return switch (text) {
                case "dark" -> Optional.of(true);
                case "light" -> Optional.of(false);
                default -> Optional.empty();
            };
        } catch (NoSuchFileException e) {
            return Optional.empty(); // first start
        } catch (IOException e) {
            return Optional.empty(); // unreadable: fall back to the desktop's preference, as on a first start
        }
    }

    /** Atomic: a crash mid-write leaves the previous choice, never half a word. */
    static void save(Path file, boolean dark) {
        try {
            // 0600 in a 0700 directory, like everything the console keeps.
            PrivateFiles.replace(
                    file, tmp -> Files.writeString(tmp, dark ? "dark\n" : "light\n", StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GTK_THEME, else GNOME's color-scheme setting (JavaFX 21 has no API for the OS preference). */
    static boolean desktopPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null) {
            return gtk.toLowerCase(Locale.ROOT).contains("dark");
        }
        try {
            Process p = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                    .redirectErrorStream(true)
                    .start();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("dark");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
