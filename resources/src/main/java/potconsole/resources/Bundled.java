package potconsole.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads content bundled in this module by its path below {@code potconsole/resources/}. */
public final class Bundled {
    private Bundled() {}

    /** The UTF-8 text of a bundled file, when it exists. */
    public static java.util.Optional<String> find(String relativePath) {
        try (InputStream in = Bundled.class.getResourceAsStream(relativePath)) {
            return in == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UTF-8 text of a bundled file, e.g. {@code flavours/nginx-test}. */
    public static String text(String relativePath) {
        try (InputStream in = Bundled.class.getResourceAsStream(relativePath)) {
            if (in == null) {
                throw new IllegalArgumentException("No bundled resource " + relativePath);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
