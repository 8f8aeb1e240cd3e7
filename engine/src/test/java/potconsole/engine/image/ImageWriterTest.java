package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageWriterTest {
    private static final ImageName NAME = new ImageName("web", "1.0");
    private static final ImageWriter.Options OPTIONS = new ImageWriter.Options(1, 2, 64 * 1024, Optional.empty());

    @TempDir
    Path dir;

    @Test
    void writesTheFourFilesExactlyAsPotExportDoes() throws Exception {
        byte[] stream = ParallelXzOutputStreamTest.sample(300_000);
        Signify.SecretKey key = Signify.generate();
        Files.writeString(dir.resolve("pot.pub"), key.publicKey().fileContent("signify public key"));
        ImageMeta meta = ImageMeta.of(new ImageMeta.Origin("base", "2.0", "1700000000"));
        List<long[]> progress = new ArrayList<>();

        ImageWriter.Result result = ImageWriter.write(
                new ByteArrayInputStream(stream),
                dir,
                NAME,
                meta,
                OPTIONS.signedWith(key, "pot.pub"),
                (in, out) -> progress.add(new long[] {in, out}));

        assertThat(fileNames())
                .containsExactlyInAnyOrder(
                        "pot.pub", "web_1.0.xz", "web_1.0.xz.meta", "web_1.0.xz.skein", "web_1.0.xz.skein.sig");
        assertThat(Files.readString(dir.resolve("web_1.0.xz.meta"))).isEqualTo("base:2.0@1700000000\n");
        // What import.sh runs: cat xz meta | skein1024 -q, compared with cmp.
        String expected = new Skein1024()
                .update(dir.resolve("web_1.0.xz"))
                .update(dir.resolve("web_1.0.xz.meta"))
                .hex();
        assertThat(Files.readAllBytes(dir.resolve("web_1.0.xz.skein")))
                .isEqualTo((expected + "\n").getBytes(StandardCharsets.US_ASCII))
                .hasSize(257);
        assertThat(result.skein()).isEqualTo(expected);
        assertThat(ExternalTool.run(dir, "xz", "-dc", "web_1.0.xz").stdout()).isEqualTo(stream);
        ExternalTool verify = ExternalTool.run(
                dir, "signify-openbsd", "-V", "-p", "pot.pub", "-x", "web_1.0.xz.skein.sig", "-m", "web_1.0.xz.skein");
        assertThat(verify.exitCode()).as(verify.stderr()).isZero();
        assertThat(result.streamBytes()).isEqualTo(stream.length);
        assertThat(result.compressedBytes()).isEqualTo(Files.size(dir.resolve("web_1.0.xz")));
        assertThat(progress.get(progress.size() - 1)).containsExactly(stream.length, result.compressedBytes());
        assertThat(progress).extracting(p -> p[0]).isSorted();
    }

    @Test
    void aStreamThatBreaksLeavesNoFileBehind() {
        InputStream breaking = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 200_000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> ImageWriter.write(breaking, dir, NAME, ImageMeta.NO_ORIGIN, OPTIONS, (i, o) -> {}))
                .hasMessage("connection reset");
        assertThat(fileNames()).isEmpty();
    }

    @Test
    void cancellingLeavesNoFileBehind() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }
        };

        assertThatThrownBy(() -> ImageWriter.write(endless, dir, NAME, ImageMeta.NO_ORIGIN, OPTIONS, (in, out) -> {
                    if (in > 500_000) {
                        Thread.currentThread().interrupt();
                    }
                }))
                .isInstanceOf(InterruptedIOException.class);
        assertThat(fileNames()).isEmpty();
    }

    @Test
    void anUnwritableDirectoryFailsWithoutFiles() throws IOException {
        Path missing = dir.resolve("gone");

        assertThatThrownBy(() -> ImageWriter.write(
                        new ByteArrayInputStream(new byte[10]),
                        missing,
                        NAME,
                        ImageMeta.NO_ORIGIN,
                        OPTIONS,
                        (i, o) -> {}))
                .isInstanceOf(IOException.class);
        assertThat(fileNames()).isEmpty();
    }

    private List<String> fileNames() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
