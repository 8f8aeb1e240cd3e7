package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Tty;
import potconsole.ssh.testkit.OpenSshServer;

/** A PTY channel against the real sshd: the size arrives, typing reaches the program, closing ends it. */
class SshTtyTest {
    @TempDir
    Path dir;

    private static String readUntil(InputStream in, String text) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int b;
        while (!seen.toString(StandardCharsets.UTF_8).contains(text) && (b = in.read()) >= 0) {
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTerminalSessionOverTheSharedSession() throws Exception {
        OpenSshServer.require();
        try (OpenSshServer server = OpenSshServer.start(dir);
                SshRunner runner = new SshRunner(server.target(), SshPrompts.nonInteractive())) {
            String marker = "pty-" + System.nanoTime();
            Tty tty = runner.openTty(
                    ExecRequest.of("sh", "-c", "stty size; echo ready; read x; echo got:$x; sleep 1000 # " + marker),
                    100,
                    30);
            String start = readUntil(tty.output(), "ready");
            assertThat(start).contains("30 100");
            tty.resize(120, 40);
            tty.input().write("hello\r".getBytes(StandardCharsets.UTF_8));
            tty.input().flush();
            assertThat(readUntil(tty.output(), "got:hello")).contains("got:hello");
            tty.close();
            for (int i = 0;
                    i < 200
                            && ProcessHandle.allProcesses()
                                    .anyMatch(p -> p.info()
                                            .commandLine()
                                            .map(c -> c.contains(marker))
                                            .orElse(false));
                    i++) {
                Thread.onSpinWait();
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
            }
            assertThat(ProcessHandle.allProcesses()
                            .anyMatch(p -> p.info()
                                    .commandLine()
                                    .map(c -> c.contains(marker))
                                    .orElse(false)))
                    .as("closing the terminal hangs up the remote program")
                    .isFalse();
            assertThat(runner.connection().sessionsOpened()).isEqualTo(1);
        }
    }
}
