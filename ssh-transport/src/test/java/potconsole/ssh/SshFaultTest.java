package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;

/**
 * Faults a real sshd will not produce on demand, injected with Apache MINA SSHD in-process: drops mid-command and
 * mid-transfer, a slow link, a host key that changes, refused authentication, a server that never answers.
 */
class SshFaultTest {
    @TempDir
    Path dir;

    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    /** What the scripted server does with an exec request. */
    interface Script {
        void run(ChannelSession channel, String command, OutputStream out, ExitCallback exit) throws Exception;
    }

    private SshServer server(Path hostKey, int port, boolean acceptKeys, Script script) throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(port);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
        keys.setAlgorithm("EC");
        sshd.setKeyPairProvider(keys);
        sshd.setPublickeyAuthenticator((user, key, session) -> acceptKeys);
        sshd.setCommandFactory((channel, command) -> new ScriptedCommand(command, script));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(Files.createDirectories(dir.resolve("sftp-root"))));
        sshd.start();
        closeables.add(sshd::stop);
        return sshd;
    }

    private Path clientKey() throws Exception {
        Path key = dir.resolve("client_ed25519");
        if (!Files.exists(key)) {
            Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", key.toString()).start();
            assertThat(p.waitFor()).isZero();
        }
        return key;
    }

    private SshTarget target(int port, Path knownHosts) throws Exception {
        return SshTarget.of("127.0.0.1")
                .withPort(port)
                .withUser("tester")
                .withIdentities(List.of(clientKey()))
                .withKnownHosts(knownHosts)
                .withSshConfig(Optional.empty())
                .withAgent(Optional.empty())
                .withConnectTimeout(Duration.ofSeconds(2));
    }

    private static SshPrompts acceptAlways() {
        return new SshPrompts() {
            @Override
            public Optional<char[]> passphrase(Path key, boolean failed) {
                return Optional.empty();
            }

            @Override
            public HostKeyDecision unknownHostKey(String host, String type, String fingerprint) {
                return HostKeyDecision.ACCEPT_PERMANENTLY;
            }
        };
    }

    private SshRunner runner(SshTarget target, SshPrompts prompts) {
        SshRunner r = new SshRunner(target, prompts);
        closeables.add(r);
        return r;
    }

    @Test
    void aLinkDroppedMidCommandIsConnectionLostNeverSuccess() throws Exception {
        SshServer sshd = server(dir.resolve("host"), 0, true, (channel, command, out, exit) -> {
            out.write("partial\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            channel.getSession().close(true);
        });
        SshRunner r = runner(target(sshd.getPort(), dir.resolve("kh")), acceptAlways());
        CapturingListener l = new CapturingListener();
        assertThatThrownBy(() -> r.run(ExecRequest.of("pot", "export", "-p", "web"), l))
                .isInstanceOf(SshException.class)
                .hasMessageContaining("lost")
                .satisfies(e -> assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.CONNECTION_LOST));
    }

    @Test
    void aSlowLinkStillStreamsLineByLine() throws Exception {
        CountDownLatch firstLineSeen = new CountDownLatch(1);
        SshServer sshd = server(dir.resolve("host"), 0, true, (channel, command, out, exit) -> {
            out.write("first\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            // The second line is only sent once the client has shown the first: proof that output is streamed.
            if (!firstLineSeen.await(20, TimeUnit.SECONDS)) {
                exit.onExit(9);
                return;
            }
            for (int i = 0; i < 5; i++) {
                out.write(("slow " + i + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(20);
            }
            exit.onExit(0);
        });
        SshRunner r = runner(target(sshd.getPort(), dir.resolve("kh")), acceptAlways());
        List<String> lines = new ArrayList<>();
        ExecResult res = r.run(ExecRequest.of("anything"), new ExecListener() {
            @Override
            public void stdoutLine(String line) {
                lines.add(line);
                firstLineSeen.countDown();
            }
        });
        assertThat(res.exitCode()).isZero();
        assertThat(lines).containsExactly("first", "slow 0", "slow 1", "slow 2", "slow 3", "slow 4");
    }

    @Test
    void aHostKeyThatChangesBetweenConnectionsIsRefused() throws Exception {
        Path knownHosts = dir.resolve("kh");
        SshServer first = server(dir.resolve("hostA"), 0, true, (c, cmd, out, exit) -> exit.onExit(0));
        int port = first.getPort();
        SshRunner r1 = runner(target(port, knownHosts), acceptAlways());
        assertThat(r1.run(ExecRequest.of("true"), ExecListener.NONE).exitCode()).isZero();
        r1.close();
        first.stop(true);
        server(dir.resolve("hostB"), port, true, (c, cmd, out, exit) -> exit.onExit(0));
        SshRunner r2 = runner(target(port, knownHosts), acceptAlways());
        assertThatThrownBy(() -> r2.run(ExecRequest.of("true"), ExecListener.NONE))
                .isInstanceOf(SshException.class)
                .hasMessageContaining("CHANGED")
                .satisfies(
                        e -> assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.HOST_KEY_CHANGED));
    }

    @Test
    void refusedAuthenticationSaysSo() throws Exception {
        SshServer sshd = server(dir.resolve("host"), 0, false, (c, cmd, out, exit) -> exit.onExit(0));
        SshRunner r = runner(target(sshd.getPort(), dir.resolve("kh")), acceptAlways());
        assertThatThrownBy(() -> r.run(ExecRequest.of("true"), ExecListener.NONE))
                .isInstanceOf(SshException.class)
                .hasMessageContaining("Authentication as tester")
                .hasMessageContaining("client_ed25519")
                .satisfies(e -> assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.AUTH));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        ServerSocket silent = new ServerSocket();
        silent.bind(new InetSocketAddress("127.0.0.1", 0));
        closeables.add(silent);
        List<Socket> accepted = new ArrayList<>();
        CompletableFuture.runAsync(() -> {
            try {
                accepted.add(silent.accept());
            } catch (IOException e) {
                // closed at the end of the test
            }
        });
        SshRunner r = runner(
                target(silent.getLocalPort(), dir.resolve("kh")).withConnectTimeout(Duration.ofMillis(800)),
                acceptAlways());
        assertThatThrownBy(() -> r.run(ExecRequest.of("true"), ExecListener.NONE))
                .isInstanceOf(SshException.class)
                .satisfies(e -> assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.TIMEOUT));
    }

    @Test
    void nothingListeningIsRefusedAndAnUnknownNameIsDns() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        SshRunner refused = runner(target(free, dir.resolve("kh")), acceptAlways());
        assertThatThrownBy(() -> refused.run(ExecRequest.of("true"), ExecListener.NONE))
                .isInstanceOf(SshException.class)
                .satisfies(e -> assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.REFUSED));
        SshTarget nowhere = new SshTarget(
                "no-such-host.invalid",
                Optional.of(22),
                Optional.of("x"),
                List.of(clientKey()),
                dir.resolve("kh"),
                Optional.empty(),
                Optional.empty(),
                potconsole.engine.exec.Privilege.NONE,
                Duration.ofSeconds(2),
                Duration.ofSeconds(15));
        SshRunner dns = runner(nowhere, acceptAlways());
        assertThatThrownBy(() -> dns.run(ExecRequest.of("true"), ExecListener.NONE))
                .isInstanceOf(SshException.class)
                .satisfies(e -> assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.DNS));
    }

    @Test
    void aLinkDroppedMidTransferLeavesNoFileUnderItsFinalName() throws Exception {
        SshServer sshd = server(dir.resolve("host"), 0, true, (c, cmd, out, exit) -> exit.onExit(0));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void written(
                    ServerSession session,
                    String remoteHandle,
                    FileHandle localHandle,
                    long offset,
                    byte[] data,
                    int dataOffset,
                    int dataLen,
                    Throwable thrown) {
                if (offset > 512 * 1024) {
                    session.close(true);
                }
            }
        });
        sshd.setSubsystemFactories(List.of(sftp));
        byte[] data = new byte[4 * 1024 * 1024];
        new Random(3).nextBytes(data);
        Path local = Files.write(dir.resolve("image.xz"), data);
        SshConnection connection = new SshConnection(target(sshd.getPort(), dir.resolve("kh")), acceptAlways());
        closeables.add(connection);
        assertThatThrownBy(() -> new SftpTransfers(connection)
                        .upload(local, "/image.xz", TransferListener.NONE, new Cancellation()))
                .isInstanceOf(SshException.class);
        assertThat(dir.resolve("sftp-root/image.xz")).doesNotExist();
    }

    /** A command whose behaviour the test scripts. */
    private static final class ScriptedCommand implements Command {
        private final String command;
        private final Script script;
        private OutputStream out;
        private ExitCallback exit;

        ScriptedCommand(String command, Script script) {
            this.command = command;
            this.script = script;
        }

        @Override
        public void setInputStream(InputStream in) {}

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {}

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread t = new Thread(() -> {
                try {
                    script.run(channel, command, out, exit);
                } catch (Exception e) {
                    exit.onExit(1, e.toString());
                }
            });
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void destroy(ChannelSession channel) {}
    }
}
