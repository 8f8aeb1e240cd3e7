package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import potconsole.engine.image.xz.Liblzma;
import potconsole.engine.image.xz.LiblzmaInputStream;
import potconsole.engine.image.xz.LzmaAllocator;
import potconsole.engine.image.xz.LzmaException;
import potconsole.engine.testkit.RequiredTool;

/** Both xz engines against each other and against xz-utils, the reference pot uses. */
class XzEnginesTest {
    private static final int THREADS = 2;
    private static byte[] input;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLiblzma() {
        RequiredTool.require(Liblzma.load().library().isPresent(), "liblzma.so.5", "liblzma5");
        RequiredTool.require("xz", "xz-utils");
        input = ParallelXzOutputStreamTest.sample(7_000_000);
    }

    @Test
    void liblzmaIsPreferredAndSaysWhichVersionOnHowManyThreads() {
        XzEngine preferred = XzEngine.preferred();

        assertThat(preferred.kind()).isEqualTo(XzEngine.Kind.LIBLZMA);
        assertThat(preferred.describe(2)).matches("liblzma 5\\.\\d+\\.\\d+ \\(2 threads\\)");
        assertThat(XzEngine.of(XzEngine.Kind.XZ_JAVA).describe(1)).isEqualTo("xz-java (1 thread; chosen)");
        assertThat(XzEngine.Kind.parse("XZ-java")).isEqualTo(XzEngine.Kind.XZ_JAVA);
        assertThatThrownBy(() -> XzEngine.Kind.parse("zstd")).hasMessageContaining("liblzma or xz-java");
    }

    @ParameterizedTest
    @ValueSource(strings = {"liblzma", "xz-java"})
    void bothEnginesWriteWhatXzAcceptsAndDecodeToTheSameBytes(String name) throws Exception {
        XzEngine engine = XzEngine.of(XzEngine.Kind.parse(name));
        Path xz = compress(engine, 1, ParallelXzOutputStream.defaultBlockSize(1));

        assertThat(ExternalTool.run(dir, "xz", "-t", xz.toString()).exitCode()).isZero();
        assertThat(ExternalTool.run(dir, "sh", "-c", "xz -dc " + xz + " | cmp - in")
                        .exitCode())
                .isZero();
        for (XzEngine decoder : new XzEngine[] {XzEngine.preferred(), XzEngine.of(XzEngine.Kind.XZ_JAVA)}) {
            try (InputStream in = decoder.decompressor(Files.newInputStream(xz), THREADS)) {
                assertThat(in.readAllBytes()).as(decoder.describe(THREADS)).isEqualTo(input);
            }
            decoder.deepCheck(xz, THREADS);
        }
        assertThat(XzSummary.read(xz).blocks()).isEqualTo(3); // 7 MB in blocks of 3 MiB
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void liblzmaWritesTheSameBytesAsXzWithTheSameThreadsAndPreset(int preset) throws Exception {
        Path ours = compress(XzEngine.preferred(), preset, ParallelXzOutputStream.defaultBlockSize(preset));
        // pot export pipes zfs send into xz: input from a pipe, as here.
        ExternalTool xz = ExternalTool.run(dir, "sh", "-c", "cat in | xz -T" + THREADS + " -" + preset + " > ref.xz");

        assertThat(xz.exitCode()).as(xz.stderr()).isZero();
        // Compared as hashes: a failure then prints two lines, not two arrays of megabytes.
        assertThat(new Skein1024().update(ours).hex())
                .isEqualTo(new Skein1024().update(dir.resolve("ref.xz")).hex());
    }

    @Test
    void blockSizeZeroLetsLiblzmaChooseWhatXzAndDefaultBlockSizeChoose() throws Exception {
        XzEngine engine = XzEngine.preferred();
        byte[] chosen = Files.readAllBytes(compress(engine, 0, 0));
        byte[] explicit = Files.readAllBytes(compress(engine, 0, ParallelXzOutputStream.defaultBlockSize(0)));

        assertThat(Arrays.equals(chosen, explicit)).isTrue();
        assertThat(XzSummary.read(dir.resolve("out.xz")).blocks()).isEqualTo(7); // 1 MiB blocks
    }

    @Test
    void aDecoderPastItsMemoryLimitFailsWithLiblzmasReasonAndEndsItsStream() throws Exception {
        Path xz = compress(XzEngine.preferred(), 1, ParallelXzOutputStream.defaultBlockSize(1));
        int live = Liblzma.liveStreams();

        assertThatThrownBy(() -> {
                    try (InputStream in = new LiblzmaInputStream(
                            Liblzma.load().library().orElseThrow(), Files.newInputStream(xz), THREADS, 4096)) {
                        in.readAllBytes();
                    }
                })
                .isInstanceOf(LzmaException.class)
                .hasMessage("liblzma decompressing failed: the memory limit is too low for this file"
                        + " (LZMA_MEMLIMIT_ERROR)");
        assertThat(Liblzma.liveStreams()).isEqualTo(live);
    }

    @Test
    void aCorruptBlockFailsTheDeepCheckNamingTheCause() throws Exception {
        Path xz = compress(XzEngine.preferred(), 0, ParallelXzOutputStream.defaultBlockSize(0));
        byte[] bytes = Files.readAllBytes(xz);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(xz, bytes);

        assertThatThrownBy(() -> XzEngine.preferred().deepCheck(xz, THREADS))
                .isInstanceOf(LzmaException.class)
                .hasMessageContaining("LZMA_DATA_ERROR");
    }

    @Test
    void aHundredCancelledEncodersEndTheirNativeStreamsAndLeaveResidentMemoryFlat() throws Exception {
        XzEngine engine = XzEngine.preferred();
        cancelMidStream(engine, 30); // warm up: JIT, JNA, the heap's size, malloc's per-thread arenas
        long before = residentKiB();
        int live = Liblzma.liveStreams();

        cancelMidStream(engine, 100);

        assertThat(Liblzma.liveStreams()).isEqualTo(live);
        // 100 leaked encoders would keep liblzma's buffers for their threads (its own figure below, times 100);
        // the bound allows malloc's arenas' and the heap's drift (68 MiB seen once on a machine at load 25) and is
        // far below what a leak would add.
        long bound = 128L << 20;
        assertThat(100 * engine.encoderMemory(0, THREADS, 1 << 20)).isGreaterThan(4 * bound);
        assertThat((residentKiB() - before) * 1024).isLessThan(bound);
        // Exactly: with liblzma's memory counted, every cancelled encoder gave back all it took.
        LzmaAllocator counted = LzmaAllocator.counting();
        cancelMidStream(engine.withAllocator(counted), 20);
        assertThat(counted.allocatedBytes()).isGreaterThan(20 * (1L << 20));
        assertThat(counted.liveBytes()).isZero();
    }

    private void cancelMidStream(XzEngine engine, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            // One block of 1 MiB complete, the next one compressing when the export is cancelled.
            var out = engine.compressor(OutputStream.nullOutputStream(), 0, THREADS, 1 << 20);
            out.write(input, 0, 1_500_000);
            out.abort();
            assertThatThrownBy(() -> out.write(input, 0, 10)).isInstanceOf(IOException.class);
        }
    }

    private Path compress(XzEngine engine, int preset, int blockSize) throws IOException {
        Files.write(dir.resolve("in"), input);
        Path xz = dir.resolve("out.xz");
        try (OutputStream out = engine.compressor(Files.newOutputStream(xz), preset, THREADS, blockSize)) {
            for (int offset = 0; offset < input.length; offset += 100_000) {
                out.write(input, offset, Math.min(100_000, input.length - offset));
            }
        }
        return xz;
    }

    /** Resident memory after a full collection (G1 then gives back what the heap does not need). */
    private static long residentKiB() throws IOException {
        System.gc();
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no VmRSS in /proc/self/status");
    }
}
