package potconsole.engine.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.tukaani.xz.XZInputStream;
import potconsole.engine.image.xz.Liblzma;
import potconsole.engine.image.xz.LiblzmaInputStream;
import potconsole.engine.image.xz.LiblzmaOutputStream;
import potconsole.engine.image.xz.LzmaAllocator;
import potconsole.engine.image.xz.XzOutput;

/**
 * Which xz implementation compresses and checks images: liblzma (the library {@code xz} and pot use) wherever this
 * machine has it, xz-java (pure Java, block-parallel here) where it has not or when a user asks for it. Both write
 * standard multi-block .xz streams with CRC64 checks that {@code pot import} accepts.
 */
public final class XzEngine {
    /** The two engines, by the names {@code --engine} takes. */
    public enum Kind {
        LIBLZMA("liblzma"),
        XZ_JAVA("xz-java");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Kind parse(String text) {
            for (Kind kind : values()) {
                if (kind.label.equals(text.toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown xz engine " + text + " (liblzma or xz-java)");
        }
    }

    /** The liblzma encoder's buffers on this side: native input and output, and the output's copy (1 MiB each). */
    public static final long LIBLZMA_BUFFERS = 3L << 20;

    private final Optional<Liblzma> liblzma;
    private final String reason;
    private final LzmaAllocator allocator;

    private XzEngine(Optional<Liblzma> liblzma, String reason, LzmaAllocator allocator) {
        this.liblzma = liblzma;
        this.reason = reason;
        this.allocator = allocator;
    }

    /** liblzma if it loads (5.2 or newer), else xz-java with the reason it is not liblzma. */
    public static XzEngine preferred() {
        Liblzma.Loaded loaded = Liblzma.load();
        return new XzEngine(loaded.library(), loaded.reason(), null);
    }

    /** The engine asked for; liblzma when it cannot load is refused with the reason. */
    public static XzEngine of(Kind kind) {
        if (kind == Kind.XZ_JAVA) {
            return new XzEngine(Optional.empty(), "chosen", null);
        }
        XzEngine found = preferred();
        if (found.liblzma.isEmpty()) {
            throw new IllegalArgumentException("the liblzma engine is not available here: " + found.reason);
        }
        return found;
    }

    /**
     * This engine with liblzma taking its memory from {@code memory} rather than malloc (tests make liblzma fail
     * with it); xz-java ignores it.
     */
    public XzEngine withAllocator(LzmaAllocator memory) {
        return new XzEngine(liblzma, reason, memory);
    }

    public Kind kind() {
        return liblzma.isPresent() ? Kind.LIBLZMA : Kind.XZ_JAVA;
    }

    /** "liblzma 5.4.1 (2 threads)" or "xz-java (2 threads; no liblzma found)". */
    public String describe(int threads) {
        String threadCount = threads + (threads == 1 ? " thread" : " threads");
        return liblzma.map(l -> "liblzma " + l.version() + " (" + threadCount + ")")
                .orElse("xz-java (" + threadCount + "; " + reason + ")");
    }

    /** An encoder writing a multi-block .xz stream to {@code out}; see {@link XzOutput}. */
    public XzOutput compressor(OutputStream out, int preset, int threads, int blockSize) throws IOException {
        if (liblzma.isPresent()) {
            return new LiblzmaOutputStream(liblzma.get(), allocator, out, preset, threads, blockSize);
        }
        return new ParallelXzOutputStream(out, preset, threads, blockSize);
    }

    /**
     * Memory one encoder holds at most (bytes): liblzma's own figure for its threads, plus this side's buffers; for
     * xz-java its input blocks and the encoders' windows.
     */
    public long encoderMemory(int preset, int threads, int blockSize) {
        return liblzma.map(l -> l.encoderMemusage(preset, threads, blockSize) + LIBLZMA_BUFFERS)
                .orElseGet(() -> ParallelXzOutputStream.memoryBound(preset, threads, blockSize));
    }

    /** A decoder of a whole .xz file (concatenated streams too), every block's check verified. */
    public InputStream decompressor(InputStream in, int threads) throws IOException {
        if (liblzma.isPresent()) {
            return new LiblzmaInputStream(liblzma.get(), allocator, in, threads, -1);
        }
        return new XZInputStream(in);
    }

    /** Decompresses every block and checks it; returns normally only when all of it decodes and matches. */
    public void deepCheck(Path xz, int threads) throws IOException {
        if (liblzma.isEmpty()) {
            XzSummary.deepCheck(xz, threads);
            return;
        }
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = decompressor(Files.newInputStream(xz), threads)) {
            while (in.read(buffer) >= 0) {
                // Decoding is the check: liblzma verifies each block's CRC as it ends.
            }
        }
    }
}
