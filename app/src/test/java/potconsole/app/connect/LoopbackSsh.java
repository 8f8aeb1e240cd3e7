package potconsole.app.connect;

import java.nio.file.Path;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.host.HostStore;
import potconsole.ssh.SshPrompts;
import potconsole.ssh.testkit.OpenSshServer;

/** A console connection to the test's loopback OpenSSH server, as this user with the server's key; never asks. */
public final class LoopbackSsh {
    private LoopbackSsh() {}

    /** Opens it; {@code hostsFile} is where the host store keeps what it learns. */
    public static CommandRunner open(OpenSshServer server, Path hostsFile) {
        return Connections.open(
                "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + server.port,
                new HostStore(hostsFile),
                server.ed25519,
                server.knownHosts,
                SshPrompts.nonInteractive());
    }

    /** Closes a connection {@link #open} made (before its server goes); harmless on null or a closed one. */
    public static void close(CommandRunner runner) {
        if (runner instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // the session is gone already
            }
        }
    }
}
