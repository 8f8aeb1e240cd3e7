package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.image.ImageMeta;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageVerification;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.testkit.SmallDisk;
import potconsole.ssh.testkit.OpenSshServer;

/** An image registry directory on a host, reached over SFTP against a real OpenSSH server. */
class SftpRegistryTest {
    @TempDir
    Path dir;

    private OpenSshServer server;
    private SshRunner runner;
    private Path image;
    private Path remoteDir;

    @BeforeEach
    void start() throws Exception {
        OpenSshServer.require();
        server = OpenSshServer.start(dir.resolve("sshd"));
        runner = new SshRunner(new SshConnection(server.target(), SshPrompts.nonInteractive()));
        byte[] stream = new byte[2_000_000];
        new Random(3).nextBytes(stream);
        for (int i = 0; i < stream.length; i += 3) {
            stream[i] = 0;
        }
        Path exports = Files.createDirectories(dir.resolve("exports"));
        image = ImageWriter.write(
                        new ByteArrayInputStream(stream),
                        exports,
                        new ImageName("web", "2.0"),
                        ImageMeta.NO_ORIGIN,
                        new ImageWriter.Options(1, 2, 1 << 20, Optional.empty()),
                        (in, out) -> {})
                .xz();
        remoteDir = Files.createDirectories(dir.resolve("registry"));
    }

    @AfterEach
    void stop() {
        if (runner != null) {
            runner.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void publishListVerifyAndDeleteOverSftp() throws Exception {
        HostFiles files = runner.files().orElseThrow();
        Registry registry = Registry.open("host:" + remoteDir, name -> Optional.of(files));
        List<Long> progress = new ArrayList<>();

        List<String> published = registry.publish(image, (done, total) -> progress.add(done), new Cancellation());

        assertThat(published).containsExactly("web_2.0.xz", "web_2.0.xz.meta", "web_2.0.xz.skein");
        assertThat(progress).isSorted().last().isEqualTo(Files.size(image) + 2 + 257);
        assertThat(Files.readAllBytes(remoteDir.resolve("web_2.0.xz"))).isEqualTo(Files.readAllBytes(image));
        RegistryEntry entry = registry.list().get(0);
        assertThat(entry.name()).isEqualTo(new ImageName("web", "2.0"));
        assertThat(entry.xzBytes()).isEqualTo(Files.size(image));
        assertThat(entry.meta()).contains(ImageMeta.NO_ORIGIN);
        ImageVerification verified =
                registry.verify(entry, Optional.empty(), 2, HostFiles.Progress.NONE, new Cancellation());
        assertThat(verified.passed()).as(verified.failures()).isTrue();

        registry.delete(entry.name());
        try (var left = Files.list(remoteDir)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void aFullDiskOnTheHostFailsThePublishWithTheReasonAndLeavesNothingThere() throws Exception {
        HostFiles files = runner.files().orElseThrow();
        try (SmallDisk disk = SmallDisk.mount(256)) {
            Registry registry = Registry.open("host:" + disk.path(), name -> Optional.of(files));

            assertThatThrownBy(() -> registry.publish(image, HostFiles.Progress.NONE, new Cancellation()))
                    .hasMessageContaining("the host's disk is full");
            try (var left = Files.list(disk.path())) {
                assertThat(left.toList()).isEmpty();
            }
        }
    }

    @Test
    void aMissingDirectoryAndAMissingFileSaySo() throws Exception {
        HostFiles files = runner.files().orElseThrow();

        assertThatThrownBy(() -> files.list(dir.resolve("nosuch").toString())).hasMessageContaining("listing of");
        assertThatThrownBy(() -> {
                    try (InputStream in = files.read(dir.resolve("nosuch.xz").toString())) {
                        in.read();
                    }
                })
                .hasMessageContaining("nosuch.xz");
        files.delete(dir.resolve("nosuch.xz").toString());
    }
}
