package potconsole.engine.host;

import java.nio.file.Path;

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

    private static Path base(String variable, String fallbackUnderHome) {
        String xdg = System.getenv(variable);
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home")).resolve(fallbackUnderHome);
    }
}
