package potconsole.ssh;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.testkit.CommandRunnerContract;
import potconsole.ssh.testkit.OpenSshServer;

/** The engine's runner contract, over one session to a real OpenSSH sshd on loopback. */
class SshRunnerContractTest extends CommandRunnerContract {
    @TempDir
    static Path dir;

    private static OpenSshServer server;
    private static SshRunner runner;

    @BeforeAll
    static void startSshd() {
        if (!OpenSshServer.available()) {
            System.err.println(
                    "!!! SKIPPING the SSH contract: /usr/sbin/sshd is not installed (apt-get install openssh-server)");
        }
        assumeTrue(OpenSshServer.available(), "/usr/sbin/sshd is not installed");
        server = OpenSshServer.start(dir);
        runner = new SshRunner(server.target(), SshPrompts.nonInteractive());
    }

    @AfterAll
    static void stopSshd() {
        if (runner != null) {
            runner.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected CommandRunner runner() {
        return runner;
    }

    @Override
    protected ExecRequest exitWith(int code) {
        return ExecRequest.of("sh", "-c", "exit " + code);
    }

    @Override
    protected ExecRequest echo(String text) {
        return ExecRequest.of("printf", "%s\\n", text);
    }

    @Override
    protected ExecRequest catStdin(byte[] input) {
        return ExecRequest.of("cat").withStdin(input);
    }

    @Override
    protected ExecRequest outAndErr(String out, String err) {
        return ExecRequest.of("sh", "-c", "printf '%s\\n' \"$1\"; printf '%s\\n' \"$2\" >&2", "sh", out, err);
    }

    @Override
    protected ExecRequest zeros(long bytes) {
        return ExecRequest.of("head", "-c", String.valueOf(bytes), "/dev/zero");
    }

    @Override
    protected ExecRequest announceThenBlock(String marker) {
        return ExecRequest.of("sh", "-c", "echo \"$1\"; while :; do sleep 1; done", "sh", marker);
    }

    /** The "remote" host is this machine, so its processes can be seen directly. */
    @Override
    protected boolean stillRunning(String marker) {
        return ProcessHandle.allProcesses()
                .anyMatch(p -> p.isAlive()
                        && p.info()
                                .arguments()
                                .map(a -> String.join(" ", a).contains(marker))
                                .orElse(false));
    }
}
