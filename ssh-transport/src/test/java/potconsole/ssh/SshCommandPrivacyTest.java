package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * A secret a command carries (as {@code pot set-env -E DB_PASSWORD=…} does) is not on the SSH exec line: while the
 * command runs, the host's process list shows it in no login shell, wrapper or sshd process. The loopback sshd is
 * the host, so this machine's {@code ps} is the host's.
 */
class SshCommandPrivacyTest {
    @TempDir
    Path dir;

    @Test
    void whileACommandCarryingACanaryRunsTheHostsPsDoesNotShowIt() throws Exception {
        OpenSshServer.require();
        String canary = "canary-" + Long.toHexString(System.nanoTime());
        try (OpenSshServer server = OpenSshServer.start(dir.resolve("sshd"));
                SshRunner runner = new SshRunner(server.target(), SshPrompts.nonInteractive())) {
            CountDownLatch started = new CountDownLatch(1);
            CapturingListener out = new CapturingListener(
                    new ExecListener() {
                        @Override
                        public void stdoutLine(String line) {
                            started.countDown();
                        }
                    },
                    100);
            // env hands the value to the command's environment and execs: once "started" is printed, no process of
            // the command itself has the canary in its argv; only the transport's processes could.
            ExecRequest request = ExecRequest.of(
                    "env", "DB_PASSWORD=" + canary, "sh", "-c", "echo started \"${DB_PASSWORD%%-*}\"; exec sleep 60");
            CompletableFuture<?> running = CompletableFuture.runAsync(() -> runner.run(request, out));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            List<String> ps = processArgs();
            request.cancellation().cancel();

            assertThat(out.stdout()).containsExactly("started canary");
            assertThat(ps).as("the command is running").anyMatch(l -> l.startsWith("sleep 60"));
            assertThat(ps).as("the wrapper is running").anyMatch(l -> l.contains("potconsole .potconsole-"));
            assertThat(ps).noneMatch(l -> l.contains(canary));
            assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ExecCancelledException.class);
        }
    }

    private static List<String> processArgs() throws Exception {
        Process p = new ProcessBuilder("ps", "-eo", "args")
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return Arrays.asList(text.split("\n"));
    }
}
