package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.ssh.testkit.OpenSshServer;

/** ~/.ssh/config as OpenSSH reads it, against a real sshd on loopback. */
class SshConfigTest {
    @TempDir
    Path dir;

    private OpenSshServer server;

    @BeforeEach
    void start() {
        OpenSshServer.require();
        server = OpenSshServer.start(dir.resolve("sshd"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** An alias whose known_hosts is only named by UserKnownHostsFile; no known_hosts given to the target. */
    private SshTarget alias(Path knownHosts) throws Exception {
        Path config = Files.writeString(
                dir.resolve("config"),
                String.join(
                        "\n",
                        "Host pots-alias",
                        "    HostName 127.0.0.1",
                        "    Port " + server.port,
                        "    User " + System.getProperty("user.name"),
                        "    IdentityFile " + server.ed25519,
                        "    UserKnownHostsFile " + knownHosts + " " + dir.resolve("second_known_hosts"),
                        ""));
        SshTarget target =
                SshTarget.of("pots-alias").withSshConfig(Optional.of(config)).withAgent(Optional.empty());
        assertThat(target.knownHosts()).isEqualTo(SshTarget.defaultKnownHosts());
        return target;
    }

    @Test
    void userKnownHostsFileInTheConfigIsTheKnownHostsUsed() throws Exception {
        Path pots = Files.copy(server.knownHosts, dir.resolve("pots_known_hosts"));

        try (SshRunner r = new SshRunner(alias(pots), SshPrompts.nonInteractive())) {
            CapturingListener l = new CapturingListener();
            assertThat(r.run(ExecRequest.of("echo", "hello"), l).exitCode()).isZero();
            assertThat(l.stdout()).containsExactly("hello");
        }
    }

    @Test
    void itStaysStrictAnUnknownHostIsRefusedAndNotWrittenThere() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty_known_hosts"), "");

        try (SshRunner r = new SshRunner(alias(empty), SshPrompts.nonInteractive())) {
            assertThatThrownBy(() -> r.run(ExecRequest.of("true"), new CapturingListener()))
                    .isInstanceOf(SshException.class)
                    .hasMessageContaining("is not known")
                    .hasMessageContaining("not accepted");
        }
        assertThat(empty).isEmptyFile();
    }

    @Test
    void anExplicitKnownHostsWinsOverTheConfig() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty_known_hosts"), "");

        try (SshRunner r = new SshRunner(alias(empty).withKnownHosts(server.knownHosts), SshPrompts.nonInteractive())) {
            assertThat(r.run(ExecRequest.of("true"), new CapturingListener()).exitCode())
                    .isZero();
        }
    }
}
