package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import potconsole.engine.image.ImageVerification.Status;
import potconsole.engine.image.xz.Liblzma;

class ImageVerifierTest {
    private static final int BLOCK = 64 * 1024;

    @TempDir
    Path dir;

    private final Signify.SecretKey key = Signify.generate();
    private Path xz;

    @BeforeEach
    void writeSignedImage() throws IOException {
        ImageWriter.Options options = new ImageWriter.Options(1, 2, BLOCK, Optional.empty()).signedWith(key, "k.pub");
        xz = ImageWriter.write(
                        new ByteArrayInputStream(ParallelXzOutputStreamTest.sample(5 * BLOCK)),
                        dir,
                        new ImageName("web", "1.0"),
                        ImageMeta.NO_ORIGIN,
                        options,
                        (i, o) -> {})
                .xz();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void aCompleteSignedImagePassesEveryCheck(int deepThreads) throws IOException {
        ImageVerification result = ImageVerifier.verify(xz, Optional.of(key.publicKey()), deepThreads);

        assertThat(result.passed()).as(result.checks().toString()).isTrue();
        assertThat(result.summary().orElseThrow().blocks()).isEqualTo(5);
        assertThat(result.summary().orElseThrow().uncompressedSize()).isEqualTo(5 * BLOCK);
        assertThat(result.check(ImageVerifier.SIGNATURE).orElseThrow().status()).isEqualTo(Status.PASSED);
        assertThat(result.check(ImageVerifier.INTEGRITY).isPresent()).isEqualTo(deepThreads > 0);
    }

    @Test
    void aTamperedByteBreaksTheHashAndTheDeepCheck() throws IOException {
        flipByte(xz, Files.size(xz) / 2);

        ImageVerification result = ImageVerifier.verify(xz, Optional.empty(), 2);

        assertThat(result.passed()).isFalse();
        assertThat(result.check(ImageVerifier.HASH).orElseThrow().detail())
                .isEqualTo("The image and its hash do not overlap");
        assertThat(result.check(ImageVerifier.INTEGRITY).orElseThrow().status()).isEqualTo(Status.FAILED);
    }

    @Test
    void aCorruptBlockCheckIsFoundByTheParallelDeepCheck() throws Exception {
        // Only the first block's CRC64 changes, after its header and data: the LZMA2 data still decodes.
        long firstBlockEnd = 12 + unpaddedSizeOfFirstBlock();
        flipByte(xz, firstBlockEnd - 1);

        ImageVerification.Check integrity = ImageVerifier.verify(
                        xz, Optional.empty(), 2, XzEngine.of(XzEngine.Kind.XZ_JAVA))
                .check(ImageVerifier.INTEGRITY)
                .orElseThrow();
        assertThat(integrity.status()).isEqualTo(Status.FAILED);
        assertThat(integrity.detail()).contains("Integrity check (CRC64) does not match");
        ImageVerification.Check byLiblzma = ImageVerifier.verify(
                        xz, Optional.empty(), 2, XzEngine.of(XzEngine.Kind.LIBLZMA))
                .check(ImageVerifier.INTEGRITY)
                .orElseThrow();
        assertThat(byLiblzma.status()).isEqualTo(Status.FAILED);
        assertThat(byLiblzma.detail())
                .startsWith("corrupt data: liblzma decompressing failed: a block or its check does not match")
                .endsWith("(liblzma " + Liblzma.load().library().orElseThrow().version() + " (2 threads))");
    }

    @Test
    void aTruncatedImageFailsAtTheIndex() throws IOException {
        byte[] bytes = Files.readAllBytes(xz);
        Files.write(xz, Arrays.copyOf(bytes, bytes.length - 20));

        ImageVerification result = ImageVerifier.verify(xz, Optional.empty(), 2);

        assertThat(result.check(ImageVerifier.INDEX).orElseThrow().status()).isEqualTo(Status.FAILED);
        assertThat(result.check(ImageVerifier.HASH).orElseThrow().status()).isEqualTo(Status.FAILED);
    }

    @Test
    void aMissingOrMalformedSkeinIsNamed() throws IOException {
        Path skein = dir.resolve("web_1.0.xz.skein");
        Files.writeString(skein, "abc\n");
        assertThat(ImageVerifier.verify(xz, Optional.empty(), 0)
                        .check(ImageVerifier.HASH)
                        .orElseThrow()
                        .detail())
                .contains("not a skein1024 -q hash");

        Files.delete(skein);
        assertThat(ImageVerifier.verify(xz, Optional.empty(), 0)
                        .check(ImageVerifier.HASH)
                        .orElseThrow()
                        .detail())
                .isEqualTo("no web_1.0.xz.skein beside the image");
    }

    @Test
    void aSignatureFromAnotherKeyFails() throws IOException {
        ImageVerification result =
                ImageVerifier.verify(xz, Optional.of(Signify.generate().publicKey()), 0);

        assertThat(result.passed()).isFalse();
        assertThat(result.check(ImageVerifier.SIGNATURE).orElseThrow().detail())
                .startsWith("Signature verification failed");
    }

    @Test
    void anEditedMetaBreaksTheHashBecauseItIsHashedToo() throws IOException {
        Files.writeString(dir.resolve("web_1.0.xz.meta"), "base:1.0@1\n");

        ImageVerification result = ImageVerifier.verify(xz, Optional.empty(), 0);

        assertThat(result.check(ImageVerifier.HASH).orElseThrow().status()).isEqualTo(Status.FAILED);
        assertThat(result.meta().orElseThrow().origin().orElseThrow().pot()).isEqualTo("base");
    }

    private long unpaddedSizeOfFirstBlock() throws IOException, InterruptedException {
        ExternalTool list = ExternalTool.run(
                dir, "xz", "--robot", "--list", "-vv", xz.getFileName().toString());
        String blockLine = new String(list.stdout())
                .lines()
                .filter(line -> line.startsWith("block\t1\t1\t1\t"))
                .findFirst()
                .orElseThrow();
        // xz(1) --robot -vv block line: field 11 is the header size, field 13 the compressed data size.
        String[] fields = blockLine.split("\t");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[13]) + 8;
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0xFF);
        }
    }
}
