package potconsole.app.pots;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import potconsole.engine.host.UserDirectories;

/**
 * The table's state, network and host filters of each window, kept across restarts in {@code
 * $XDG_STATE_HOME/pot-console/filters.properties} (written atomically; a file that cannot be read or written only
 * loses the remembered choice, never the console).
 */
public final class PotFilterMemory {
    private final Path file;
    private final String window;

    /** @param window names the window whose filters these are ("main") */
    public PotFilterMemory(Path file, String window) {
        this.file = file;
        this.window = window;
    }

    public static PotFilterMemory standard(String window) {
        return new PotFilterMemory(UserDirectories.state().resolve("filters.properties"), window);
    }

    /** The values remembered for one filter ("state", "network", "host"), in the order saved. */
    public Set<String> load(String filter) {
        String v = read().getProperty(window + "." + filter, "");
        Set<String> values = new LinkedHashSet<>(Arrays.asList(v.split(",")));
        values.remove("");
        return values;
    }

    public void save(String filter, Set<String> values) {
        Properties p = read();
        p.setProperty(window + "." + filter, String.join(",", new TreeSet<>(values)));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "filters", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp)) {
                p.store(w, "Pot Console: the pot table's filters per window");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Remembering is a convenience: the filter still applies for this session.
        }
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                // An unreadable file remembers nothing.
            }
        }
        return p;
    }
}
