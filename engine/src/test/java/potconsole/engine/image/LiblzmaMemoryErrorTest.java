package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.image.xz.Liblzma;
import potconsole.engine.image.xz.LzmaAllocator;
import potconsole.engine.image.xz.LzmaException;
import potconsole.engine.testkit.RequiredTool;

/**
 * liblzma itself running out of memory mid-stream: its memory comes through an {@code lzma_allocator} that refuses
 * once a limit is reached, so {@code lzma_code} answers {@code LZMA_MEM_ERROR} from the encoder's or decoder's own
 * threads. The encoder's limit lies halfway between what the first piece of the stream took and what a whole run
 * takes (liblzma allocates per thread as blocks start); the decoder's just past what its init took. Either way the
 * failure comes after the stream started, not at init.
 */
class LiblzmaMemoryErrorTest {
    private static final ImageName NAME = new ImageName("web", "1.0");
    private static final int CHUNK = 64 * 1024; // as a transport delivers a zfs send stream
    private static byte[] input;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLiblzma() {
        RequiredTool.require(Liblzma.load().library().isPresent(), "liblzma.so.5", "liblzma5");
        input = ParallelXzOutputStreamTest.sample(7_000_000);
    }

    @Test
    void theEncoderOutOfMemoryFailsTheExportClearlyLeavesNoFileAndFreesAllItTook() throws Exception {
        LzmaAllocator counting = LzmaAllocator.counting();
        AtomicLong afterFirstPiece = new AtomicLong();
        export(counting, (in, out) -> afterFirstPiece.compareAndSet(0, counting.allocatedBytes()));
        assertThat(counting.liveBytes()).as("lzma_end freed everything").isZero();
        for (String file : fileNames()) {
            Files.delete(dir.resolve(file));
        }
        LzmaAllocator failing = LzmaAllocator.failingAfter(halfway(afterFirstPiece.get(), counting.allocatedBytes()));
        int liveStreams = Liblzma.liveStreams();
        AtomicLong accepted = new AtomicLong();

        assertThatThrownBy(() -> export(failing, (in, out) -> accepted.set(in)))
                .isInstanceOf(LzmaException.class)
                .hasMessage("liblzma compressing failed: out of memory (LZMA_MEM_ERROR)");

        assertThat(accepted.get()).as("input compressed before the failure").isGreaterThan(0);
        assertThat(failing.refusals()).isPositive();
        assertThat(fileNames())
                .as("nothing under a final name, no temporary file")
                .isEmpty();
        assertThat(Liblzma.liveStreams()).as("lzma_end called").isEqualTo(liveStreams);
        assertThat(failing.liveBytes()).as("lzma_end freed everything").isZero();
    }

    @Test
    void theDecoderOutOfMemoryFailsTheDeepCheckClearlyAndFreesAllItTook() throws Exception {
        Path xz = ImageWriter.write(
                        new ByteArrayInputStream(input), dir, NAME, ImageMeta.NO_ORIGIN, options(null), (i, o) -> {})
                .xz();
        // The multithreaded decoder allocates its threads' buffers as blocks come, in an order and amount that depend
        // on timing (a limit halfway through one run's total was not reached in another); what its init took is
        // fixed. So the limit is just past init: the first allocation of the decoding itself is refused, mid-stream.
        LzmaAllocator counting = LzmaAllocator.counting();
        long atInit = decode(XzEngine.preferred().withAllocator(counting), xz, counting);
        assertThat(counting.allocatedBytes()).as("decoding allocates past init").isGreaterThan(atInit);
        assertThat(counting.liveBytes()).isZero();
        LzmaAllocator failing = LzmaAllocator.failingAfter(atInit);
        LzmaAllocator failingCheck = LzmaAllocator.failingAfter(atInit);
        int liveStreams = Liblzma.liveStreams();

        assertThatThrownBy(() -> decode(XzEngine.preferred().withAllocator(failing), xz, failing))
                .isInstanceOf(LzmaException.class)
                .hasMessage("liblzma decompressing failed: out of memory (LZMA_MEM_ERROR)");
        assertThatThrownBy(
                        () -> XzEngine.preferred().withAllocator(failingCheck).deepCheck(xz, 2))
                .isInstanceOf(LzmaException.class)
                .hasMessage("liblzma decompressing failed: out of memory (LZMA_MEM_ERROR)");

        assertThat(failing.refusals()).isPositive();
        assertThat(failingCheck.refusals()).isPositive();
        assertThat(Liblzma.liveStreams()).as("lzma_end called").isEqualTo(liveStreams);
        assertThat(failing.liveBytes()).as("lzma_end freed everything").isZero();
        assertThat(failingCheck.liveBytes()).as("lzma_end freed everything").isZero();
    }

    private void export(LzmaAllocator memory, ImageWriter.Progress progress) throws IOException {
        ImageWriter.write(new Chunked(input), dir, NAME, ImageMeta.NO_ORIGIN, options(memory), progress);
    }

    private static ImageWriter.Options options(LzmaAllocator memory) {
        return new ImageWriter.Options(1, 2, 1 << 20, Optional.empty())
                .withEngine(XzEngine.preferred().withAllocator(memory));
    }

    /** Reads the whole image in pieces; returns what liblzma had allocated once the decoder was set up. */
    private static long decode(XzEngine engine, Path xz, LzmaAllocator memory) throws IOException {
        long decoded = 0;
        byte[] buffer = new byte[CHUNK];
        long atInit;
        try (InputStream in = engine.decompressor(Files.newInputStream(xz), 2)) {
            atInit = memory.allocatedBytes();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                decoded += n;
            }
        }
        assertThat(decoded).isEqualTo(input.length);
        return atInit;
    }

    private static long halfway(long afterFirstPiece, long whole) {
        assertThat(whole).as("liblzma allocates more as the stream goes on").isGreaterThan(afterFirstPiece);
        return afterFirstPiece + (whole - afterFirstPiece) / 2;
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** The stream in transport-sized pieces, so the export goes through many writes. */
    private static final class Chunked extends ByteArrayInputStream {
        Chunked(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] bytes, int offset, int length) {
            return super.read(bytes, offset, Math.min(length, CHUNK));
        }
    }
}
