package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static potconsole.app.cli.PotCtlTest.potctl;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;
import potconsole.engine.host.HostStore;

/** A registry's HOST: prefix names a host as saved, whatever its case (issue 13 #11). */
class PotCtlRegistryHostTest {
    @TempDir
    Path dir;

    @Test
    void hostPrefixesMatchSavedHostsWithoutRegardToCase() {
        Path file = dir.resolve("hosts.json");
        Run add = potctl("--hosts-file", file.toString(), "hosts", "add", "Web1", "127.0.0.1", "--user", "root");
        assertThat(add.exit()).as(add.err()).isZero();
        HostStore store = new HostStore(file);

        assertThat(HostList.canonical("WEB1", "sandbox", store)).isEqualTo("Web1");
        assertThat(HostList.canonical("web1", "sandbox", store)).isEqualTo("Web1");
        assertThat(HostList.canonical("SandBox", "sandbox", store)).isEqualTo("sandbox");
        assertThat(HostList.canonical("Local", "sandbox", store)).isEqualTo("local");
        assertThat(HostList.canonical("nosuch", "sandbox", store)).isEqualTo("nosuch");
    }
}
