package potconsole.engine.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import potconsole.engine.model.NetworkType;
import potconsole.engine.testkit.Transcript;

/** init, de-init, vnet-start, top, clone-fscomp and prepare render pot's own command lines (issue 20). */
class SetupCommandRecordsTest {
    @Test
    void prepareRendersTheRecordedLineOfTranscript116AndNamesThePotAsPotDoes() {
        PrepareCommand prepare = new PrepareCommand(
                "file:///tmp/y-images",
                "y-img",
                "1.0",
                "7",
                Optional.of("y-run"),
                Optional.of("sleep 600"),
                NetworkOptions.of(NetworkType.INHERIT),
                List.of(),
                Optional.empty(),
                false,
                true);

        assertThat(prepare.display())
                .isEqualTo(Transcript.load("116-prepare.txt").command());
        assertThat(prepare.newPotName()).isEqualTo("y-run_7");
        assertThat(prepare.importedName()).isEqualTo("y-img_1_0");
        assertThat(prepare.takesGlobalLock()).isTrue();
    }

    @Test
    void prepareWithoutANameUsesTheImportedNameAndTurnsDotsIntoUnderscores() {
        PrepareCommand prepare = new PrepareCommand(
                "https://r.example/img",
                "web",
                "2.1",
                "a.b",
                Optional.empty(),
                Optional.empty(),
                NetworkOptions.none(),
                List.of("80:8080"),
                Optional.of("/etc/pot.pub"),
                true,
                false);

        assertThat(prepare.newPotName()).isEqualTo("web_2_1_a_b");
        assertThat(prepare.argv())
                .containsSequence("-e", "80:8080")
                .containsSequence("-C", "/etc/pot.pub")
                .endsWith("-s");
    }

    @Test
    void prepareRefusesWhatPotOrTheShellWouldMisread() {
        assertThat(prepare("7", "sleep 600", "80")).isNull();
        assertThatThrownBy(() -> prepare("", "x", "80")).hasMessageContaining("allocation id");
        assertThatThrownBy(() -> prepare("-s", "x", "80")).hasMessageContaining("allocation id");
        assertThatThrownBy(() -> prepare("7", "a\nb", "80")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> prepare("7", "x", "http")).isInstanceOf(InvalidArgumentException.class);
    }

    private static Throwable prepare(String alloc, String cmd, String port) {
        try {
            new PrepareCommand(
                    "file:///i",
                    "img",
                    "1.0",
                    alloc,
                    Optional.empty(),
                    Optional.of(cmd),
                    NetworkOptions.none(),
                    List.of(port),
                    Optional.empty(),
                    false,
                    false);
            return null;
        } catch (RuntimeException e) {
            throw e;
        }
    }

    @Test
    void cloneFscompRendersTheRecordedLineOfTranscript125() {
        assertThat(new CloneFscompCommand("ydata2", "ydata").display())
                .isEqualTo(Transcript.load("125-clone-fscomp-after-snap.txt").command());
        assertThatThrownBy(() -> new CloneFscompCommand("a", "a")).hasMessageContaining("name of its own");
        assertThatThrownBy(() -> new CloneFscompCommand("a b", "a")).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void vnetStartTopInitAndDeInit() {
        assertThat(VnetStartCommand.publicBridge().display())
                .isEqualTo(Transcript.load("127-vnet-start.txt").command());
        assertThat(new VnetStartCommand(Optional.of("priv")).argv()).containsExactly("pot", "vnet-start", "-B", "priv");
        TopCommand top = new TopCommand("web");
        assertThat(top.argv()).containsExactly("pot", "top", "-p", "web");
        assertThat(top.needsRoot()).as("group pot may run top (pot-spec §3.3)").isFalse();
        assertThat(InitCommand.standard().argv()).containsExactly("pot", "init");
        assertThat(new InitCommand(false, true, Optional.of("")).argv()).containsExactly("pot", "init", "-s", "-p", "");
        assertThatThrownBy(() -> new InitCommand(false, false, Optional.of("pf.conf")))
                .isInstanceOf(InvalidArgumentException.class);
        assertThat(new DeInitCommand(true, true, Optional.empty()).argv())
                .containsExactly("pot", "de-init", "-m", "-f");
    }
}
