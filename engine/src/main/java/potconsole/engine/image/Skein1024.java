package potconsole.engine.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SkeinDigest;

/**
 * Streaming Skein-1024 with a 1024-bit output, printed as FreeBSD {@code skein1024 -q} prints it: 256 lowercase hex
 * characters. Not thread-safe.
 */
public final class Skein1024 {
    private static final int BUFFER = 1 << 16;
    private final SkeinDigest digest = new SkeinDigest(SkeinDigest.SKEIN_1024, 1024);

    public Skein1024 update(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
        return this;
    }

    public Skein1024 update(byte[] bytes) {
        return update(bytes, 0, bytes.length);
    }

    /** Feeds the whole file. */
    public Skein1024 update(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return update(in);
        }
    }

    /** Feeds the stream to its end without closing it. */
    public Skein1024 update(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return this;
    }

    /** The digest as 256 lowercase hex characters; resets the hasher. */
    public String hex() {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
