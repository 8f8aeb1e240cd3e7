package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tukaani.xz.XZInputStream;

class ParallelXzOutputStreamTest {
    private static final int BLOCK = 64 * 1024;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"0,1", "1,2", "65535,2", "65536,2", "65537,3", "229376,2", "300000,1", "300000,4"})
    void writesOneStandardStreamOfFixedBlocksThatXzUtilsAccepts(int length, int threads) throws Exception {
        byte[] data = sample(length);
        Path file = dir.resolve("out.xz");
        try (ParallelXzOutputStream xz = new ParallelXzOutputStream(Files.newOutputStream(file), 1, threads, BLOCK)) {
            for (int offset = 0; offset < length; offset += 10_000) {
                xz.write(data, offset, Math.min(10_000, length - offset));
            }
        }

        XzSummary summary = XzSummary.read(file);
        assertThat(summary.streams()).isEqualTo(1);
        assertThat(summary.blocks()).isEqualTo((length + BLOCK - 1) / BLOCK);
        assertThat(summary.uncompressedSize()).isEqualTo(length);
        try (InputStream in = new XZInputStream(Files.newInputStream(file))) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThat(ExternalTool.run(dir, "xz", "-t", "out.xz").exitCode()).isZero();
        assertThat(ExternalTool.run(dir, "xz", "-dc", "out.xz").stdout()).isEqualTo(data);
        ExternalTool list = ExternalTool.run(dir, "xz", "--robot", "--list", "out.xz");
        assertThat(new String(list.stdout())).contains("\tCRC64");
    }

    @Test
    void abortStopsWithoutWritingTheIndex() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        ParallelXzOutputStream xz = new ParallelXzOutputStream(target, 0, 2, BLOCK);
        xz.write(sample(5 * BLOCK));
        xz.abort();

        assertThat(target.size()).isLessThan(5 * BLOCK);
        Path partial = dir.resolve("partial.xz");
        Files.write(partial, target.toByteArray());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> XzSummary.read(partial))
                .isInstanceOf(IOException.class);
    }

    @Test
    void defaultBlockSizeIsThreeDictionariesAsInXzUtils() {
        assertThat(ParallelXzOutputStream.defaultBlockSize(6)).isEqualTo(24 << 20);
        assertThat(ParallelXzOutputStream.defaultBlockSize(0)).isEqualTo(1 << 20);
    }

    /** Compressible but not trivial: words from a small vocabulary with random numbers. */
    static byte[] sample(int length) {
        Random random = new Random(length);
        String[] words = {"pot", "jail", "zfs", "snapshot", "flavour", "bridge", "nomad", "\n"};
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(' ').append(random.nextInt(1000));
        }
        byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return java.util.Arrays.copyOf(bytes, length);
    }
}
