package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.testkit.FakePotHost;
import potconsole.engine.testkit.Transcript;
import potconsole.ssh.testkit.OpenSshServer;

/** "Test connection" against the real sshd, with and without pot, readable and not. */
class HostCheckTest {
    @TempDir
    Path dir;

    private OpenSshServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aHostWithPotReportsVersionAndPots() {
        OpenSshServer.require();
        FakePotHost host = new FakePotHost(dir.resolve("host"))
                .pot("web", Transcript.load("68-pot-conf-web.txt").stdout(), "");
        server = OpenSshServer.start(dir.resolve("sshd"), host.prefix.resolve("bin") + ":" + host.fakeBin);
        HostCheck.Result r = HostCheck.run(server.target(), SshPrompts.nonInteractive());
        assertThat(r.status()).as(r.message()).isEqualTo(HostCheck.Status.OK);
        assertThat(r.potVersion()).contains("0.16.0");
        assertThat(r.pots()).isEqualTo(1);
        assertThat(r.message()).contains("pot 0.16.0", "1 pots");
    }

    @Test
    void aHostWithoutPotSaysSo() {
        OpenSshServer.require();
        server = OpenSshServer.start(
                dir.resolve("sshd"), dir.resolve("empty-bin").toString());
        HostCheck.Result r = HostCheck.run(server.target(), SshPrompts.nonInteractive());
        assertThat(r.status()).as(r.message()).isIn(HostCheck.Status.POT_NOT_INSTALLED);
    }

    @Test
    void anUnreadableFsRootMeansNotInGroupPot() throws Exception {
        OpenSshServer.require();
        FakePotHost host = new FakePotHost(dir.resolve("host"));
        Files.writeString(
                host.prefix.resolve("etc/pot/pot.default.conf"),
                "POT_FS_ROOT=/nonexistent/pot\nPOT_ZFS_ROOT=zroot/pot\n");
        server = OpenSshServer.start(dir.resolve("sshd"), host.prefix.resolve("bin") + ":" + host.fakeBin);
        HostCheck.Result r = HostCheck.run(server.target(), SshPrompts.nonInteractive());
        assertThat(r.status()).as(r.message()).isEqualTo(HostCheck.Status.FS_ROOT_UNREADABLE);
        assertThat(r.message()).contains("/nonexistent/pot");
    }

    @Test
    void anUnknownHostKeyIsReportedNotAccepted() {
        OpenSshServer.require();
        server = OpenSshServer.start(dir.resolve("sshd"));
        HostCheck.Result r =
                HostCheck.run(server.target().withKnownHosts(dir.resolve("none")), SshPrompts.nonInteractive());
        assertThat(r.status()).isEqualTo(HostCheck.Status.HOST_KEY_UNKNOWN);
        assertThat(r.message()).contains("SHA256:");
        assertThat(dir.resolve("none")).as("nothing was trusted").doesNotExist();
    }
}
