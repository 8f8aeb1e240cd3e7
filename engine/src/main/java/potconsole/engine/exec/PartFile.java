package potconsole.engine.exec;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A hidden {@code .NAME.XXXX.part} file beside its target, renamed into place when complete. Unlike
 * {@link Files#createTempFile}, which makes files 0600, it is created with the process umask (0666 &amp; ~umask),
 * as {@code cp} or {@code xz} would: an image published into a directory an HTTP server serves must stay readable
 * by that server.
 */
public final class PartFile {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PartFile() {}

    public static Path create(Path directory, String targetName) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] tag = new byte[6];
            RANDOM.nextBytes(tag);
            Path part =
                    directory.resolve("." + targetName + "." + HexFormat.of().formatHex(tag) + ".part");
            try {
                return Files.createFile(part);
            } catch (FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw taken;
                }
            }
        }
    }
}
