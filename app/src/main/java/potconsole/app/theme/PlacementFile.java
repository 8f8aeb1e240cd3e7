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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javafx.geometry.Rectangle2D;
import potconsole.engine.io.PrivateFiles;

/**
 * The remembered window sizes, positions and table columns: a small private properties file, read once, written
 * atomically when a window closes.
 */
final class PlacementFile {
    private final Path file;
    private final Properties saved = new Properties();
    private boolean loaded;

    PlacementFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
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
