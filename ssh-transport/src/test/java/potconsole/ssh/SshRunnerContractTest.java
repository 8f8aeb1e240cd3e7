package potconsole.ssh;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.testkit.ShellRunnerContract;
import potconsole.ssh.testkit.OpenSshServer;

/** The engine's runner contract, over one session to a real OpenSSH sshd on loopback. */
class SshRunnerContractTest extends ShellRunnerContract {
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
        OpenSshServer.require();
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
}
