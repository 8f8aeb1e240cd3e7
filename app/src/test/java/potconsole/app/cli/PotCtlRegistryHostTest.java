package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static potconsole.app.cli.PotCtlTest.potctl;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;

/** A registry's HOST: prefix names a host as saved, whatever its case (issue 13 #11). */
class PotCtlRegistryHostTest {
    @TempDir
    Path dir;

    @Test
    void hostPrefixesMatchSavedHostsWithoutRegardToCase() {
        Path file = dir.resolve("hosts.json");
        Run add = potctl("--hosts-file", file.toString(), "hosts", "add", "Web1", "127.0.0.1", "--user", "root");
        assertThat(add.exit()).as(add.err()).isZero();
        PotCtl potctl = new PotCtl();
        potctl.hostsFile = file;
        potctl.host = "sandbox";

        assertThat(potctl.savedHostName("WEB1")).isEqualTo("Web1");
        assertThat(potctl.savedHostName("web1")).isEqualTo("Web1");
        assertThat(potctl.savedHostName("SandBox")).isEqualTo("sandbox");
        assertThat(potctl.savedHostName("Local")).isEqualTo("local");
        assertThat(potctl.savedHostName("nosuch")).isEqualTo("nosuch");
    }
}
