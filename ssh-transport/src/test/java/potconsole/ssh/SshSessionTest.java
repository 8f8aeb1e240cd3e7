package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.error.NeedsRootException;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.service.PotService;
import potconsole.ssh.testkit.OpenSshServer;

/** One session per host: reuse, parallel channels, reconnect after a drop, privilege, ~/.ssh/config, ProxyJump. */
class SshSessionTest {
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

    private static String out(SshRunner r, String... argv) {
        CapturingListener l = new CapturingListener();
        ExecResult res = r.run(ExecRequest.of(argv), l);
        assertThat(res.exitCode()).as("%s: %s", List.of(argv), l.stderr()).isZero();
        return String.join("\n", l.stdout());
    }

    @Test
    void manyCommandsShareOneLogin() {
        try (SshRunner r = new SshRunner(server.target(), SshPrompts.nonInteractive())) {
            for (int i = 0; i < 25; i++) {
                assertThat(out(r, "echo", "n" + i)).isEqualTo("n" + i);
            }
            assertThat(r.connection().sessionsOpened()).isEqualTo(1);
        }
        assertThat(server.acceptedLogins()).isEqualTo(1);
    }

    @Test
    void readsRunInParallelOnTheOneSession() throws Exception {
        try (SshRunner r = new SshRunner(server.target(), SshPrompts.nonInteractive())) {
            Path gate = dir.resolve("gate");
            // Each of 4 commands waits until all 4 have started: only possible if they run at the same time.
            List<CompletableFuture<ExecResult>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> r.run(
                        ExecRequest.of(
                                "sh",
                                "-c",
                                "echo x >> \"$1\"; while [ $(wc -l < \"$1\") -lt 4 ]; do sleep 0.05; done",
                                "sh",
                                gate.toString()),
                        ExecListener.NONE)));
            }
            for (CompletableFuture<ExecResult> f : runs) {
                assertThat(f.get(30, TimeUnit.SECONDS).exitCode()).isZero();
            }
            assertThat(r.connection().sessionsOpened()).isEqualTo(1);
        }
    }

    @Test
    void aDropFailsTheCommandInFlightAndTheNextCommandReconnects() throws Exception {
        try (SshRunner r = new SshRunner(server.target(), SshPrompts.nonInteractive())) {
            assertThat(out(r, "echo", "before")).isEqualTo("before");
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<ExecResult> inFlight = CompletableFuture.supplyAsync(
                    () -> r.run(ExecRequest.of("sh", "-c", "echo started; sleep 30; echo never"), new ExecListener() {
                        @Override
                        public void stdoutLine(String line) {
                            started.countDown();
                        }
                    }));
            assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
            server.dropConnections();
            assertThatThrownBy(() -> inFlight.get(60, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(SshException.class)
                    .hasMessageContaining("lost")
                    .satisfies(e ->
                            assertThat(((SshException) e).reason()).isEqualTo(SshException.Reason.CONNECTION_LOST));
            assertThat(out(r, "echo", "after")).isEqualTo("after");
            assertThat(r.connection().sessionsOpened()).isEqualTo(2);
        }
    }

    @Test
    void privilegeIsPutBeforeCommandsThatNeedRootOnly() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fakeSudo = bin.resolve("sudo");
        Files.writeString(fakeSudo, "#!/bin/sh\n[ \"$1\" = -n ] && shift\necho \"via-sudo $*\"\n");
        fakeSudo.toFile().setExecutable(true);
        Path fakePot = bin.resolve("pot");
        Files.writeString(fakePot, "#!/bin/sh\necho \"###>   This operation needs 'root' privilegies\"\nexit 1\n");
        fakePot.toFile().setExecutable(true);
        server.close();
        server = OpenSshServer.start(dir.resolve("s2"), bin.toString());
        try (SshRunner r = new SshRunner(server.target(), SshPrompts.nonInteractive())) {
            PotService sudo = new PotService(r, Privilege.SUDO);
            CapturingListener l = new CapturingListener();
            sudo.execute(
                    potconsole.engine.command.StartCommand.of("web"), l, new potconsole.engine.exec.Cancellation());
            assertThat(l.stdout()).containsExactly("via-sudo pot start web");
            PotService none = new PotService(r, Privilege.NONE);
            assertThatThrownBy(() -> none.execute(potconsole.engine.command.StartCommand.of("web")))
                    .isInstanceOf(NeedsRootException.class)
                    .hasMessageContaining("needs 'root' privileges");
        }
    }

    @Test
    void sshConfigAliasesAndProxyJumpAreHonoured() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "Host pothost",
                        "    HostName 127.0.0.1",
                        "    Port " + server.port,
                        "    User " + System.getProperty("user.name"),
                        "    IdentityFile " + server.ed25519,
                        "Host behind",
                        "    HostName 127.0.0.1",
                        "    Port " + server.port,
                        "    User " + System.getProperty("user.name"),
                        "    IdentityFile " + server.ed25519,
                        "    ProxyJump " + System.getProperty("user.name") + "@127.0.0.1:" + server.port,
                        ""));
        SshTarget alias = SshTarget.of("pothost")
                .withKnownHosts(server.knownHosts)
                .withSshConfig(java.util.Optional.of(config))
                .withAgent(java.util.Optional.empty());
        try (SshRunner r = new SshRunner(alias, SshPrompts.nonInteractive())) {
            assertThat(out(r, "echo", "via alias")).isEqualTo("via alias");
        }
        SshTarget jumped = SshTarget.of("behind")
                .withKnownHosts(server.knownHosts)
                .withSshConfig(java.util.Optional.of(config))
                .withAgent(java.util.Optional.empty())
                .withIdentities(List.of(server.ed25519));
        long before = server.acceptedLogins();
        try (SshRunner r = new SshRunner(jumped, SshPrompts.nonInteractive())) {
            assertThat(out(r, "echo", "via jump")).isEqualTo("via jump");
        }
        assertThat(server.acceptedLogins() - before)
                .as("one login for the jump, one through it")
                .isEqualTo(2);
    }
}
