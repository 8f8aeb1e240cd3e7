package potconsole.engine.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.io.PrivateFiles;

/**
 * The registries opened lately, most recent first, one per line in {@code $XDG_STATE_HOME/pot-console/registries}:
 * a private file (0600, they may name hosts and internal URLs), rewritten atomically so a crash never leaves half a
 * list. Offered in the registry window's location field and by {@code potctl registry ls} without an argument.
 */
public final class RecentRegistries {
    public static final int LIMIT = 12;

    private final Path file;

    public RecentRegistries(Path file) {
        this.file = file;
    }

    public static RecentRegistries standard() {
        return new RecentRegistries(UserDirectories.state().resolve("registries"));
    }

    public Path file() {
        return file;
    }

    /** The remembered registries, most recent first; none when the file is missing or unreadable. */
    public synchronized List<String> list() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .distinct()
                    .limit(LIMIT)
                    .toList();
        } catch (IOException missing) {
            return List.of();
        }
    }

    /** Puts {@code registry} first (once), keeps the newest {@link #LIMIT}, and returns the new list. */
    public synchronized List<String> remember(String registry) {
        String spec = registry.strip();
        if (spec.isEmpty() || spec.indexOf('\n') >= 0 || spec.indexOf('\r') >= 0) {
            return list();
        }
        List<String> all = new ArrayList<>();
        all.add(spec);
        list().stream().filter(r -> !r.equals(spec)).forEach(all::add);
        List<String> kept = all.subList(0, Math.min(LIMIT, all.size()));
        try {
            PrivateFiles.replace(file, tmp -> Files.write(tmp, kept, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the recent registries " + file + ": " + e.getMessage(), e);
        }
        return List.copyOf(kept);
    }
}
