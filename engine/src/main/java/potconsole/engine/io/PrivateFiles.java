package potconsole.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes the workstation's own small files (saved hosts, recent registries) that only their owner may read: the
 * content goes to a 0600 temporary file beside the target, which then replaces it in one atomic move, so a reader
 * never sees half a file and the content is never readable by others, not even for a moment.
 */
public final class PrivateFiles {
    /** Writes the whole content to the path it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private PrivateFiles() {}

    /** Replaces {@code file} (mode 0600) with what {@code content} writes, creating its directory if needed. */
    public static void replace(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(
                dir,
                "." + file.getFileName(),
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            content.writeTo(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
