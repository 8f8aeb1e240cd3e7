package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.ssh.testkit.OpenSshServer;

class SftpTransfersTest {
    @TempDir
    Path dir;

    private OpenSshServer server;
    private SshConnection connection;

    @BeforeEach
    void start() {
        OpenSshServer.require();
        server = OpenSshServer.start(dir.resolve("sshd"));
        connection = new SshConnection(server.target(), SshPrompts.nonInteractive());
    }

    @AfterEach
    void stop() {
        if (connection != null) {
            connection.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private Path randomFile(String name, int size) throws Exception {
        byte[] data = new byte[size];
        new Random(7).nextBytes(data);
        return Files.write(dir.resolve(name), data);
    }

    @Test
    void uploadAndDownloadWithByteProgress() throws Exception {
        Path local = randomFile("image.xz", 3 * 1024 * 1024 + 17);
        Path remote = Files.createDirectories(dir.resolve("remote")).resolve("web_1.0.xz");
        List<Long> progress = new ArrayList<>();
        SftpTransfers sftp = new SftpTransfers(connection);
        long size = Files.size(local);
        sftp.upload(
                local,
                remote.toString(),
                (done, total) -> {
                    assertThat(total).isEqualTo(size);
                    progress.add(done);
                },
                new Cancellation());
        assertThat(Files.readAllBytes(remote)).isEqualTo(Files.readAllBytes(local));
        assertThat(progress).isSorted().last().isEqualTo(Files.size(local));
        assertThat(progress.size()).isGreaterThan(2);
        assertThat(sftp.remoteSize(remote.toString())).isEqualTo(Files.size(local));

        Path back = dir.resolve("back/web_1.0.xz");
        sftp.download(remote.toString(), back, TransferListener.NONE, new Cancellation());
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(local));
        Files.writeString(remote, "older");
        sftp.upload(local, remote.toString(), TransferListener.NONE, new Cancellation());
        assertThat(Files.size(remote)).as("an existing file is replaced").isEqualTo(Files.size(local));
    }

    @Test
    void aCancelledTransferLeavesNothingUnderTheFinalName() throws Exception {
        Path local = randomFile("big.xz", 8 * 1024 * 1024);
        Path remoteDir = Files.createDirectories(dir.resolve("remote"));
        Path remote = remoteDir.resolve("big.xz");
        Cancellation cancel = new Cancellation();
        SftpTransfers sftp = new SftpTransfers(connection);
        assertThatThrownBy(() -> sftp.upload(
                        local,
                        remote.toString(),
                        (done, total) -> {
                            if (done > 1024 * 1024) {
                                cancel.cancel();
                            }
                        },
                        cancel))
                .isInstanceOf(ExecCancelledException.class);
        assertThat(remote).doesNotExist();
        try (var files = Files.list(remoteDir)) {
            assertThat(files.toList()).as("no partial file left").isEmpty();
        }

        Files.write(remote, Files.readAllBytes(local));
        Path target = dir.resolve("down/big.xz");
        Cancellation cancelDown = new Cancellation();
        assertThatThrownBy(() -> sftp.download(
                        remote.toString(),
                        target,
                        (done, total) -> {
                            if (done > 1024 * 1024) {
                                cancelDown.cancel();
                            }
                        },
                        cancelDown))
                .isInstanceOf(ExecCancelledException.class);
        assertThat(target).doesNotExist();
        try (var files = Files.list(target.getParent())) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
