package potconsole.engine.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;
import potconsole.engine.image.Skein1024;

/** The bytes of a simulated image: a real, valid {@code .xz} stream and pot's Skein-1024 hash of it. */
final class SandboxImages {
    private SandboxImages() {}

    /**
     * The compressed stream: a real, valid {@code .xz} of deterministic incompressible bytes for the pot, snapshot and
     * level, sized as pot's output would be, so verifying a sandbox image checks a real container.
     */
    static byte[] imageBytes(SandboxPot p, String snap, String level) {
        // 396 bytes of xz per KiB used: a 2.19M pot gives the recorded 888236-byte image at level 6.
        int size = (int) Math.max(4096, p.diskUsageKb * 396L + 8 - 640L * (Integer.parseInt(level) - 6));
        return xzOfSize((p.name + "@" + snap).hashCode(), size);
    }

    /** An xz file of exactly {@code size} bytes (a multiple of 4, as every xz file is) holding random data. */
    static byte[] xzOfSize(long seed, int size) {
        int length = Math.max(1, size - 64);
        byte[] best = new byte[0];
        for (int attempt = 0; attempt < 16 && best.length != size; attempt++) {
            byte[] data = new byte[length];
            new Random(seed).nextBytes(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(size + 64);
            // Stored (uncompressed) LZMA2 chunks: random bytes do not compress, and this takes no encoder time.
            try (XZOutputStream xz = new XZOutputStream(out, stored())) {
                xz.write(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            best = out.toByteArray();
            length = Math.max(1, length + size - best.length);
        }
        return best;
    }

    private static LZMA2Options stored() throws IOException {
        LZMA2Options stored = new LZMA2Options();
        stored.setMode(LZMA2Options.MODE_UNCOMPRESSED);
        return stored;
    }

    /** What {@code cat xz meta | skein1024 -q} prints, without the newline. */
    static String skein1024(byte[]... parts) {
        Skein1024 hash = new Skein1024();
        for (byte[] p : parts) {
            hash.update(p);
        }
        return hash.hex();
    }
}
