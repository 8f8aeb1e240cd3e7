package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import potconsole.app.cli.PotCtlTest.Run;

/** potctl hosts setup, prepare, clone-fscomp, top and de-init on the sandbox hosts (issue 20). */
class PotCtlSetupTest {
    @Test
    void hostsSetupListsEachStepWithItsCommandsAndRunsThemWithYes() {
        Run check = PotCtlTest.potctl("hosts", "setup", "sandbox-bare");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("todo      pot installed", "$ pkg install -y pot", "blocked   pot init");

        Run refused = PotCtlTest.potctl("hosts", "setup", "sandbox-bare", "--run");
        assertThat(refused.exit()).as("no terminal, no --yes").isEqualTo(PotCtl.USAGE);

        Run run = PotCtlTest.potctl("hosts", "setup", "sandbox-bare", "--run", "--yes", "--release", "14.1");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("done      A FreeBSD base", "done      pot init")
                .doesNotContain("todo ");
    }

    @Test
    void setupJsonNamesTheStepsInPotsWords() {
        Run json = PotCtlTest.potctl("hosts", "setup", "sandbox-uninit", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"step\" : \"pot-conf\"", "\"status\" : \"todo\"", "\"commands\"");
    }

    @Test
    void cloneFscompRefusesWithoutASnapshotAsPotDoes() {
        Run run = PotCtlTest.potctl("clone-fscomp", "-f", "copy", "-F", "nosuch");
        assertThat(run.exit()).isEqualTo(PotCtl.POT_FAILED);
        assertThat(run.err()).contains("fscomp nosuch not found");
    }

    @Test
    void prepareRunsAnImageAndFindsTheNewPot() {
        Run run = PotCtlTest.potctl(
                "prepare",
                "-U",
                "file:///tmp/images",
                "-p",
                "web",
                "-t",
                "1.0",
                "-a",
                "3",
                "-n",
                "job",
                "-c",
                "sleep 60");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("potctl: prepared job_3");
        assertThat(run.out()).contains("===>  Prepared the pot job_3");
    }

    @Test
    void topAndDeInitNeedATerminalOrYes() {
        // Without a terminal, top prints the pot's usage sample instead: web is not running, so pot refuses.
        assertThat(PotCtlTest.potctl("top", "web").exit()).isEqualTo(PotCtl.POT_FAILED);
        Run deInit = PotCtlTest.potctl("de-init");
        assertThat(deInit.exit()).isIn(PotCtl.USAGE, PotCtl.POT_FAILED);
        assertThat(deInit.err()).containsAnyOf("stop the running pots first", "add --yes");
    }
}
