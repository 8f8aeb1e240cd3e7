package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static potconsole.app.cli.PotCtlTest.potctl;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;
import potconsole.engine.image.ImageMeta;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.Signify;

class PotCtlImageTest {
    @TempDir
    Path dir;

    @Test
    void exportOnTheSandboxPrintsOneFinalLineWhenNotOnATerminal() {
        Run r = potctl("export", "web", "--tag", "2.0", "--dir", "/tmp/images");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .matches("exported web @ \\d+ to /tmp/images/web_2.0.xz \\(\\d+ bytes from a \\d+-byte stream\\)\\R");
    }

    @Test
    void exportToThisMachineWritesAnImageThatVerifies() throws Exception {
        Run keygen = potctl("keygen", dir.resolve("pot").toString());
        assertThat(keygen.exit()).isZero();
        Path images = Files.createDirectory(dir.resolve("images"));

        Run r = potctl(
                "export",
                "web",
                "--tag",
                "2.0",
                "--to-local",
                images.toString(),
                "--level",
                "1",
                "--sign",
                dir.resolve("pot.sec").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .matches("exported web to .*web_2\\.0\\.xz \\(\\d+ bytes from a \\d+-byte stream, skein [0-9a-f]{16}…,"
                        + " liblzma 5\\.\\d+\\.\\d+ \\(\\d+ threads?\\)\\)\\R");
        Run verify = potctl(
                "verify",
                images.resolve("web_2.0.xz").toString(),
                "--pubkey",
                dir.resolve("pot.pub").toString(),
                "--deep");
        assertThat(verify.exit()).as(verify.out()).isZero();
        assertThat(Files.readString(images.resolve("web_2.0.xz.skein.sig")))
                .startsWith("untrusted comment: verify with pot.pub\n");
        assertThat(potctl("export", "web", "--tag", "3.0", "--to-local", images.toString(), "-A")
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void engineChoosesXzJavaOrLiblzmaAndSaysWhichRan() throws Exception {
        Path images = Files.createDirectory(dir.resolve("engines"));

        Run java = potctl(
                "export",
                "web",
                "--tag",
                "2.0",
                "--to-local",
                images.toString(),
                "--level",
                "0",
                "--threads",
                "2",
                "--engine",
                "xz-java");
        assertThat(java.exit()).as(java.err()).isZero();
        assertThat(java.out()).contains(", xz-java (2 threads; chosen))");
        Run deep = potctl("verify", images.resolve("web_2.0.xz").toString(), "--deep", "--engine", "liblzma");
        assertThat(deep.exit()).as(deep.out()).isZero();
        assertThat(deep.out())
                .containsPattern("passed  xz integrity .*\\(liblzma 5\\.\\d+\\.\\d+ \\(\\d+ threads?\\)\\)");

        assertThat(potctl("verify", images.resolve("web_2.0.xz").toString(), "--deep", "--engine", "zstd")
                        .exit())
                .isEqualTo(2);
        assertThat(potctl("export", "web", "--tag", "2.1", "--dir", "/tmp/images", "--engine", "xz-java")
                        .exit())
                .as("pot export on the host compresses with the host's xz")
                .isEqualTo(2);
    }

    @Test
    void theConsolesOwnWorkstationExportImportsIntoTheSandbox() throws Exception {
        Path images = Files.createDirectory(dir.resolve("ws"));
        Run export = potctl("export", "nginx", "--tag", "1.0", "--to-local", images.toString(), "--level", "1", "-F");
        assertThat(export.exit()).as(export.err()).isZero();

        Run pushed = potctl("import", "nginx", "--tag", "1.0", "--push-from", images.toString());

        assertThat(pushed.exit()).as(pushed.err()).isZero();
        assertThat(pushed.err()).doesNotContain("is not a pot image");
        assertThat(pushed.out()).matches("imported nginx @ 1.0 as nginx_1_0 \\(IP 10\\.192\\.0\\.\\d+\\)\\R");
    }

    @Test
    void importFromTheSandboxRegistryNamesTheNewPot() {
        Run r = potctl("import", "web", "--tag", "1.0", "--url", "file:///tmp/images");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("imported web @ 1.0 as web_1_0" + System.lineSeparator());
        assertThat(potctl("import", "web", "--tag", "1.0", "--url", "gopher://x")
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void exportWithAutoPurgeSaysWhatItPurgedWithoutATerminal() {
        Run r = potctl("export", "nginx", "--tag", "2.0", "--dir", "/tmp/images", "-A");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .matches("exported nginx @ (\\d+) to /tmp/images/nginx_2.0.xz \\(\\d+ bytes from a \\d+-byte stream\\);"
                        + " purged 1 older snapshot \\(-A\\): \\d+\\R");
    }

    @Test
    void publishWritesFilesWithTheProcessUmaskSoAWebServerCanReadThem() throws Exception {
        Path xz = ImageWriter.write(
                        new ByteArrayInputStream(new byte[50_000]),
                        dir,
                        new ImageName("db", "1.0"),
                        ImageMeta.NO_ORIGIN,
                        new ImageWriter.Options(1, 2, 64 * 1024, Optional.empty()),
                        (i, o) -> {})
                .xz();
        Path registry = Files.createDirectory(dir.resolve("registry"));
        Path reference = Files.createFile(dir.resolve("as-cp-would-make-it"));

        Run publish = potctl("publish", xz.toString(), registry.toString());

        assertThat(publish.exit()).as(publish.err()).isZero();
        try (var files = Files.list(registry)) {
            assertThat(files.toList())
                    .hasSize(3)
                    .allSatisfy(f -> assertThat(Files.getPosixFilePermissions(f))
                            .as(f.getFileName().toString())
                            .isEqualTo(Files.getPosixFilePermissions(reference)));
        }
    }

    @Test
    void registryHostPrefixesIgnoreCaseAndUsedRegistriesAreRemembered() throws Exception {
        Run ls = potctl("registry", "ls", "SandBox:/tmp/images");
        assertThat(ls.exit()).as(ls.err()).isZero();
        assertThat(ls.out()).contains("web", "1.0");
        Files.write(dir.resolve("web_1.9.xz"), new byte[3]);
        assertThat(potctl("registry", "ls", dir.toString()).exit()).isZero();

        Run recent = potctl("registry", "ls");

        assertThat(recent.exit()).as(recent.err()).isZero();
        assertThat(recent.out().lines().limit(2)).containsExactly(dir.toString(), "SandBox:/tmp/images");
        Path file = Path.of(System.getenv("XDG_STATE_HOME"), "pot-console", "registries");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void exportRefusalsKeepPotsWords() {
        Run r = potctl("export", "nginx", "--tag", "1.0", "--dir", "/tmp/images");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("has more than 1 snapshot");
        assertThat(potctl("export", "web", "--tag", "../1").exit()).isEqualTo(2);
    }

    @Test
    void keygenThenVerifyASignedImageThenATamperedOne() throws Exception {
        Run keygen = potctl("keygen", dir.resolve("pot").toString());
        assertThat(keygen.exit()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("pot.sec")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(potctl("keygen", dir.resolve("pot").toString()).err()).contains("already exists");

        Signify.SecretKey key = Signify.SecretKey.parse(Files.readString(dir.resolve("pot.sec")), new char[0]);
        Path xz = ImageWriter.write(
                        new ByteArrayInputStream(new byte[200_000]),
                        dir,
                        new ImageName("web", "1.0"),
                        ImageMeta.NO_ORIGIN,
                        new ImageWriter.Options(1, 2, 64 * 1024, Optional.empty()).signedWith(key, "pot.pub"),
                        (i, o) -> {})
                .xz();

        Run ok = potctl(
                "verify", xz.toString(), "--pubkey", dir.resolve("pot.pub").toString(), "--deep");
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("passed  hash", "passed  signature", "passed  xz integrity", "4 blocks");

        try (RandomAccessFile file = new RandomAccessFile(xz.toFile(), "rw")) {
            file.seek(100);
            file.write(0x55);
        }
        Run bad = potctl("verify", xz.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("failed  hash          The image and its hash do not overlap");
    }

    @Test
    void registryLsListsByPotAndVersion() throws Exception {
        Files.write(dir.resolve("web_1.10.xz"), new byte[3]);
        Files.write(dir.resolve("web_1.9.xz"), new byte[3]);
        Files.writeString(dir.resolve("web_1.9.xz.skein"), "");

        Run r = potctl("registry", "ls", dir.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().skip(1).map(l -> l.split("\\s+")[1])).containsExactly("1.9", "1.10");
        assertThat(r.out()).contains("xz skein");
    }

    @Test
    void aRegistryOnAHostIsListedPublishedIntoAndPushedFrom() throws Exception {
        Run ls = potctl("registry", "ls", "sandbox:/tmp/images");
        assertThat(ls.exit()).as(ls.err()).isZero();
        assertThat(ls.out()).contains("web", "1.0", "xz meta skein");

        Run pushed = potctl("import", "web", "--tag", "1.0", "--push-from", "sandbox:/tmp/images");
        assertThat(pushed.exit()).as(pushed.err()).isZero();
        assertThat(pushed.out()).isEqualTo("imported web @ 1.0 as web_1_0" + System.lineSeparator());

        Path xz = ImageWriter.write(
                        new ByteArrayInputStream(new byte[50_000]),
                        dir,
                        new ImageName("db", "1.0"),
                        ImageMeta.NO_ORIGIN,
                        new ImageWriter.Options(1, 2, 64 * 1024, Optional.empty()),
                        (i, o) -> {})
                .xz();
        Run publish = potctl("publish", xz.toString(), "sandbox:/tmp/images");
        assertThat(publish.exit()).as(publish.err()).isZero();
        assertThat(publish.out()).contains("published 3 files to /tmp/images on sandbox");
        assertThat(potctl("import", "web", "--tag", "1.0").exit()).isEqualTo(2);
        assertThat(potctl("registry", "ls", "nosuch:/srv").err()).contains("nosuch");
    }
}
