package potconsole.engine.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The {@code .skein} file: Skein-1024 over the {@code .xz} bytes immediately followed by the {@code .meta} bytes,
 * as {@code cat F F.meta | skein1024 -q} prints it — 256 lowercase hex characters and a newline.
 */
public final class ImageHash {
    private static final Pattern HASH_FILE = Pattern.compile("[0-9a-f]{256}\n");

    private ImageHash() {}

    /** The hash of an image whose {@code .meta} may be missing; import.sh hashes an empty file then. */
    public static String of(Path xz, Path meta) throws IOException {
        Skein1024 skein = new Skein1024().update(xz);
        if (Files.exists(meta)) {
            skein.update(meta);
        }
        return skein.hex();
    }

    /** The {@code .skein} file's exact bytes for a hash. */
    public static byte[] fileBytes(String hex) {
        return (hex + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The hex hash inside a {@code .skein} file, or an explanation of why it is not one. */
    public static String readFile(Path skeinFile) throws IOException {
        String content = Files.readString(skeinFile, StandardCharsets.US_ASCII);
        if (!HASH_FILE.matcher(content).matches()) {
            throw new IOException(skeinFile.getFileName() + " is not a skein1024 -q hash (256 lowercase hex digits"
                    + " and a newline, " + content.length() + " bytes found)");
        }
        return content.substring(0, 256);
    }
}
