package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryPublisherTest {
    @TempDir
    Path dir;

    private Path xz;
    private Path registry;

    @BeforeEach
    void image() throws IOException {
        Path exports = Files.createDirectory(dir.resolve("exports"));
        registry = Files.createDirectory(dir.resolve("registry"));
        xz = ImageWriter.write(
                        new ByteArrayInputStream(ParallelXzOutputStreamTest.sample(3_000_000)),
                        exports,
                        new ImageName("web", "1.0"),
                        ImageMeta.NO_ORIGIN,
                        new ImageWriter.Options(1, 2, 1 << 20, Optional.empty()),
                        (i, o) -> {})
                .xz();
    }

    @Test
    void copiesEveryFileWithProgressAndTheRegistryListsAVerifiableImage() throws Exception {
        List<long[]> progress = new ArrayList<>();

        List<Path> published =
                DirectoryPublisher.publish(xz, registry, (done, total) -> progress.add(new long[] {done, total}));

        assertThat(published)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("web_1.0.xz", "web_1.0.xz.meta", "web_1.0.xz.skein");
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(progress.get(0)[1]);
        assertThat(DirectoryRegistry.list(registry))
                .singleElement()
                .satisfies(e -> assertThat(e.importable()).isTrue());
        assertThat(ImageVerifier.verify(registry.resolve("web_1.0.xz"), Optional.empty(), 2)
                        .passed())
                .isTrue();
    }

    @Test
    void aBrokenImageIsNotPublished() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(xz.toFile(), "rw")) {
            file.seek(1000);
            file.write(file.read() ^ 1);
        }

        assertThatThrownBy(() -> DirectoryPublisher.publish(xz, registry, (d, t) -> {}))
                .hasMessageContaining("Not publishing a broken image: hash: The image and its hash do not overlap");
        assertThat(files(registry)).isEmpty();
    }

    @Test
    void cancellingLeavesTheRegistryAsItWas() {
        assertThatThrownBy(() -> DirectoryPublisher.publish(xz, registry, (done, total) -> {
                    if (done > 0) {
                        Thread.currentThread().interrupt();
                    }
                }))
                .isInstanceOf(InterruptedIOException.class);
        assertThat(files(registry)).isEmpty();
    }

    private static List<String> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
