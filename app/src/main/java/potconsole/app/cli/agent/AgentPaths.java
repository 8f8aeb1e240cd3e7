package potconsole.app.cli.agent;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Where the agent's socket lives, as ssh's ControlPath: {@code $XDG_RUNTIME_DIR/pot-console}, else
 * {@code ${XDG_CACHE_HOME:-~/.cache}/pot-console}, a directory of this user that nobody else may enter (0700).
 */
public final class AgentPaths {
    private AgentPaths() {}

    public static final String SOCKET = "potctl-agent.sock";
    public static final String LOG = "potctl-agent.log";
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    public static Path directory(Map<String, String> env) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            return Path.of(runtime, "pot-console");
        }
        String cache = env.get("XDG_CACHE_HOME");
        if (cache != null && !cache.isBlank()) {
            return Path.of(cache, "pot-console");
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache", "pot-console");
    }

    public static Path socket(Map<String, String> env) {
        return directory(env).resolve(SOCKET);
    }

    /** Whether {@code dir} is this user's and closed to everyone else: a socket elsewhere is not trusted. */
    public static boolean isPrivate(Path dir) {
        try {
            return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                    && Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                    && Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS)
                            .equals(PRIVATE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The socket's directory, made 0700 if new; one that exists but is not private is refused. */
    public static Path makeDirectory(Map<String, String> env) throws IOException {
        Path dir = directory(env);
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (FileAlreadyExistsException raced) {
                // Another potctl made it at the same moment; checked below like any existing directory.
            }
        }
        if (!isPrivate(dir)) {
            throw new IOException(dir + " is not a private directory of " + System.getProperty("user.name")
                    + " (mode 0700): refusing to put potctl's agent socket there");
        }
        return dir;
    }
}
