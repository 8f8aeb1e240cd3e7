package potconsole.engine.host;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import potconsole.engine.io.PrivateFiles;

/** The XDG base directories the console keeps its files in, each with its own {@code pot-console} folder. */
public final class UserDirectories {
    private static final String APP = "pot-console";

    private UserDirectories() {}

    /** {@code $XDG_CONFIG_HOME/pot-console}, default {@code ~/.config/pot-console}: what a person chose. */
    public static Path config() {
        return base("XDG_CONFIG_HOME", ".config").resolve(APP);
    }

    /** {@code $XDG_STATE_HOME/pot-console}, default {@code ~/.local/state/pot-console}: history and backups. */
    public static Path state() {
        return base("XDG_STATE_HOME", ".local/state").resolve(APP);
    }

    /**
     * Takes group and other permissions off everything under {@link #config()} and {@link #state()} (files 0600,
     * directories 0700), as earlier versions left them readable; returns the one notice to show when anything
     * changed.
     */
    public static Optional<String> makePrivate() {
        int changed = 0;
        for (Path dir : List.of(config(), state())) {
            try {
                changed += PrivateFiles.tighten(dir).size();
            } catch (IOException | RuntimeException e) {
                // Not ours to fix (another owner, a read-only mount): the files keep working as they are.
            }
        }
        return changed == 0
                ? Optional.empty()
                : Optional.of("Made " + changed + " file" + (changed == 1 ? "" : "s") + " in " + config() + " and "
                        + state() + " private to this account (they were readable by others).");
    }

    private static Path base(String variable, String fallbackUnderHome) {
        String xdg = System.getenv(variable);
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home")).resolve(fallbackUnderHome);
    }
}
