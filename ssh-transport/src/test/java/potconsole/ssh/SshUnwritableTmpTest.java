package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.ssh.testkit.LocalAccount;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * Issue 19's host: a non-root account whose {@code /tmp} it cannot write (a 0755 root-owned {@code /tmp}, as seen
 * on a real host) runs the console's commands without a word of noise, its PID files in {@code $TMPDIR} or a 0700
 * directory under its home. The loopback sshd runs in a mount namespace of its own with such a {@code /tmp}; the
 * account is a real second local user ({@code useradd}), so nothing here is true merely because root can write
 * anywhere.
 */
class SshUnwritableTmpTest {
    private static final String ACCOUNT = "potnotmp";

    private Path dir;
    private Path home;
    private OpenSshServer server;
    private SshRunner runner;

    @BeforeEach
    void account() throws Exception {
        OpenSshServer.require();
        LocalAccount.requireRoot();
        // Not under /tmp: the sshd's sessions see an empty /tmp.
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        dir = Files.createTempDirectory(target, "unwritable-tmp-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        home = LocalAccount.ensure(ACCOUNT);
        deleteTree(home.resolve(".potconsole"));
    }

    @AfterEach
    void stop() throws Exception {
        if (runner != null) {
            runner.close();
        }
        if (server != null) {
            server.close();
        }
        deleteTree(dir);
    }

    private static void deleteTree(Path top) throws IOException {
        if (!Files.exists(top)) {
            return;
        }
        try (Stream<Path> all = Files.walk(top)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void connect(Map<String, String> environment) {
        server = OpenSshServer.startWithUnwritableTmp(dir.resolve("sshd"), environment);
        runner = new SshRunner(server.targetAs(ACCOUNT), SshPrompts.nonInteractive());
    }

    private CapturingListener run(ExecRequest request, int expectedExit) {
        CapturingListener l = new CapturingListener();
        assertThat(runner.run(request, l).exitCode())
                .as("%s: %s", request, l.stderr())
                .isEqualTo(expectedExit);
        return l;
    }

    @Test
    void theAccountCannotWriteTmpYetItsCommandsSayNothingAndThePidFileIsUnderItsHome() throws Exception {
        connect(Map.of());

        CapturingListener premise = run(ExecRequest.of("sh", "-c", "id -u; : > /tmp/probe"), 2);
        assertThat(premise.stdout()).singleElement().isNotEqualTo("0");
        assertThat(premise.stderr()).anyMatch(l -> l.contains("Permission denied"));

        Path mine = home.resolve(".potconsole");
        CapturingListener argv = run(ExecRequest.of("ls", "-a", mine.toString()), 0);
        CapturingListener script = run(ExecRequest.script("echo from a script\nls -a \"$HOME/.potconsole\"\n"), 0);
        CapturingListener stdin =
                run(ExecRequest.of("cat").withStdin("given on stdin\n".getBytes(StandardCharsets.UTF_8)), 0);

        for (CapturingListener l : new CapturingListener[] {argv, script, stdin}) {
            assertThat(l.stderr()).as("no noise").isEmpty();
        }
        assertThat(argv.stdout()).anyMatch(l -> l.matches("\\.potconsole-[0-9a-f]{16}\\.pid"));
        assertThat(script.stdout()).startsWith("from a script").anyMatch(l -> l.endsWith(".pid"));
        assertThat(stdin.stdout()).containsExactly("given on stdin");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)))
                .isEqualTo("rwx------");
        assertThat(Files.getOwner(mine).getName()).isEqualTo(ACCOUNT);
        try (Stream<Path> left = Files.list(mine)) {
            assertThat(left).as("PID files are removed after each command").isEmpty();
        }
    }

    @Test
    void aWritableTmpdirOfTheAccountTakesThePidFile() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("account-tmp"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx------"));
        LocalAccount.chown(ACCOUNT, tmp);
        connect(Map.of("TMPDIR", tmp.toString()));

        CapturingListener l = run(ExecRequest.of("ls", "-a", tmp.toString()), 0);

        assertThat(l.stderr()).isEmpty();
        assertThat(l.stdout()).anyMatch(line -> line.matches("\\.potconsole-[0-9a-f]{16}\\.pid"));
        assertThat(home.resolve(".potconsole")).doesNotExist();
    }

    @Test
    void cancellingEndsTheAccountsRemoteCommandQuietly() throws Exception {
        connect(Map.of());
        CountDownLatch started = new CountDownLatch(1);
        CapturingListener l = new CapturingListener(
                new ExecListener() {
                    @Override
                    public void stdoutLine(String line) {
                        started.countDown();
                    }
                },
                100);
        ExecRequest request = ExecRequest.of("sh", "-c", "echo started; sleep 60");
        CompletableFuture<?> running = CompletableFuture.runAsync(() -> runner.run(request, l));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        request.cancellation().cancel();

        assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(ExecCancelledException.class);
        // The shell that saw its child killed may say "Terminated"; nothing about files it could not create.
        assertThat(l.stderr()).noneMatch(line -> line.contains("Permission denied") || line.contains("cannot create"));
        CapturingListener after =
                run(ExecRequest.of("sh", "-c", "ps -u " + ACCOUNT + " -o args= | grep -c '^sleep 60'"), 1);
        assertThat(after.stdout()).containsExactly("0");
    }
}
