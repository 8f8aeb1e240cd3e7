package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.ssh.testkit.OpenSshServer;

/** Host keys and client keys the OpenSSH way, against the real sshd. */
class SshTrustTest {
    @TempDir
    Path dir;

    private OpenSshServer server;

    @BeforeEach
    void start() {
        OpenSshServer.require();
        server = OpenSshServer.start(dir);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static void hello(SshTarget target, SshPrompts prompts) {
        try (SshRunner r = new SshRunner(target, prompts)) {
            CapturingListener l = new CapturingListener();
            assertThat(r.run(ExecRequest.of("echo", "hello"), l).exitCode()).isZero();
            assertThat(l.stdout()).containsExactly("hello");
        }
    }

    /** Records what it was asked and answers as told. */
    static final class Answers implements SshPrompts {
        final List<String> asked = new ArrayList<>();
        final HostKeyDecision decision;
        final String passphrase;

        Answers(HostKeyDecision decision, String passphrase) {
            this.decision = decision;
            this.passphrase = passphrase;
        }

        @Override
        public Optional<char[]> passphrase(Path key, boolean previousAttemptFailed) {
            asked.add("passphrase " + key.getFileName() + (previousAttemptFailed ? " again" : ""));
            return Optional.ofNullable(passphrase).map(String::toCharArray);
        }

        @Override
        public HostKeyDecision unknownHostKey(String host, String keyType, String fingerprint) {
            asked.add("host " + host + " " + keyType + " " + fingerprint);
            return decision;
        }
    }

    @Test
    void unknownHostKeyShowsTheFingerprintAsSshPrintsItAndCanBeRemembered() throws Exception {
        Path empty = dir.resolve("empty_known_hosts");
        SshTarget target = server.target().withKnownHosts(empty);
        Answers refuse = new Answers(SshPrompts.HostKeyDecision.REJECT, null);
        assertThatThrownBy(() -> hello(target, refuse))
                .isInstanceOf(SshException.class)
                .satisfies(
                        e -> assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.HOST_KEY_UNKNOWN));
        String expected = "host [127.0.0.1]:" + server.port + " ssh-ed25519 " + server.hostFingerprint();
        assertThat(refuse.asked).containsExactly(expected);
        assertThat(empty).doesNotExist();

        Answers once = new Answers(SshPrompts.HostKeyDecision.ACCEPT_ONCE, null);
        hello(target, once);
        assertThat(empty).doesNotExist();

        Answers always = new Answers(SshPrompts.HostKeyDecision.ACCEPT_PERMANENTLY, null);
        hello(target, always);
        assertThat(Files.readString(empty)).startsWith("[127.0.0.1]:" + server.port + " ssh-ed25519 AAAA");
        Answers never = new Answers(SshPrompts.HostKeyDecision.REJECT, null);
        hello(target, never);
        assertThat(never.asked).as("remembered: no question the next time").isEmpty();
    }

    @Test
    void hashedKnownHostsEntriesAreRead() throws Exception {
        Process p = new ProcessBuilder("ssh-keygen", "-H", "-f", server.knownHosts.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        assertThat(Files.readString(server.knownHosts)).startsWith("|1|");
        Answers never = new Answers(SshPrompts.HostKeyDecision.REJECT, null);
        hello(server.target(), never);
        assertThat(never.asked).isEmpty();
    }

    @Test
    void aChangedHostKeyIsAlwaysRefusedWithBothFingerprints() throws Exception {
        Path other = dir.resolve("other_host");
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", other.toString()).start();
        assertThat(p.waitFor()).isZero();
        String[] f = Files.readString(Path.of(other + ".pub")).split(" ");
        Path stale = dir.resolve("stale_known_hosts");
        Files.writeString(stale, "[127.0.0.1]:" + server.port + " " + f[0] + " " + f[1] + "\n");
        Answers accept = new Answers(SshPrompts.HostKeyDecision.ACCEPT_PERMANENTLY, null);
        assertThatThrownBy(() -> hello(server.target().withKnownHosts(stale), accept))
                .isInstanceOf(SshException.class)
                .satisfies(e -> assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.HOST_KEY_CHANGED))
                .hasMessageContaining(server.hostFingerprint())
                .hasMessageContaining(potconsole.ssh.Fingerprints.sha256(
                        java.util.Base64.getDecoder().decode(f[1])));
        assertThat(accept.asked)
                .as("a changed key is never offered for acceptance")
                .isEmpty();
        assertThat(Files.readString(stale)).as("known_hosts untouched").hasLineCount(1);
    }

    @Test
    void encryptedRsaKeyAsksForItsPassphrase() {
        SshTarget rsa = server.target().withIdentities(List.of(server.rsaEncrypted));
        Answers right = new Answers(SshPrompts.HostKeyDecision.REJECT, OpenSshServer.RSA_PASSPHRASE);
        hello(rsa, right);
        assertThat(right.asked).containsExactly("passphrase id_rsa");

        Answers wrong = new Answers(SshPrompts.HostKeyDecision.REJECT, "wrong");
        assertThatThrownBy(() -> hello(rsa, wrong))
                .isInstanceOf(SshException.class)
                .hasMessageContaining("Wrong passphrase");
        assertThat(wrong.asked)
                .containsExactly("passphrase id_rsa", "passphrase id_rsa again", "passphrase id_rsa again");

        assertThatThrownBy(() -> hello(rsa, SshPrompts.nonInteractive()))
                .isInstanceOf(SshException.class)
                .satisfies(
                        e -> assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.PASSPHRASE_NEEDED));
    }

    @Test
    void anUnauthorisedKeySaysWhichKeysWereTried() throws Exception {
        Path stranger = dir.resolve("stranger");
        Process p =
                new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", stranger.toString()).start();
        assertThat(p.waitFor()).isZero();
        assertThatThrownBy(() -> hello(server.target().withIdentities(List.of(stranger)), SshPrompts.nonInteractive()))
                .isInstanceOf(SshException.class)
                .satisfies(e -> assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.AUTH))
                .hasMessageContaining("stranger");
    }

    @Test
    void theAgentIsUsedWhenNoKeyFileIsGiven() throws Exception {
        Path socket = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true)
                .start();
        try {
            for (int i = 0; i < 200 && !Files.exists(socket); i++) {
                Thread.onSpinWait();
                agent.waitFor(25, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            ProcessBuilder add = new ProcessBuilder("ssh-add", server.ed25519.toString()).redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", socket.toString());
            Process a = add.start();
            String addOut = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(a.waitFor()).as(addOut).isZero();
            SshTarget viaAgent = server.target().withIdentities(List.of()).withAgent(Optional.of(socket));
            hello(viaAgent, SshPrompts.nonInteractive());
        } finally {
            agent.destroy();
        }
    }
}
