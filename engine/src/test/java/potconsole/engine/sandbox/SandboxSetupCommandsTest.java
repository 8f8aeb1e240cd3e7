package potconsole.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import potconsole.engine.command.ShellWords;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.testkit.Transcript;

/** The sandbox answers prepare, clone-fscomp, vnet-start and top as the recordings show (transcripts 114–133). */
class SandboxSetupCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T14:43:16Z"), ZoneOffset.UTC);
    private final SandboxHost host = SandboxHost.recordedHost(CLOCK);

    private CapturingListener run(int expectedExit, String... argv) {
        CapturingListener out = new CapturingListener();
        ExecResult r = host.run(ExecRequest.of(argv), out);
        assertThat(r.exitCode())
                .as("%s → %s %s", String.join(" ", argv), out.stdout(), out.stderr())
                .isEqualTo(expectedExit);
        return out;
    }

    private CapturingListener replay(String transcript) {
        Transcript t = Transcript.load(transcript);
        return run(t.exitCode(), ShellWords.split(t.command()).toArray(new String[0]));
    }

    @Test
    void helpTextsAreTheRecordedOnes() {
        for (String t : new String[] {"114-prepare-help.txt", "122-clone-fscomp-help.txt", "133-top-help.txt"}) {
            assertThat(replay(t).stdout()).as(t).isEqualTo(Transcript.load(t).stdoutLines());
        }
    }

    @Test
    void prepareWithoutAnAllocationIdIsRefusedWithItsHelpAsTranscript115() {
        assertThat(replay("115-prepare-no-alloc.txt").stdout())
                .isEqualTo(Transcript.load("115-prepare-no-alloc.txt").stdoutLines());
    }

    @Test
    void prepareImportsClonesAndConfiguresAsTranscripts116To118() {
        run(0, "pot", "create", "-p", "y-img", "-b", "13.2", "-t", "single");
        run(0, "pot", "set-cmd", "-p", "y-img", "-c", "sleep 600");
        run(0, "pot", "snapshot", "-p", "y-img");
        run(0, "mkdir", "-p", "/tmp/y-images");
        run(0, "pot", "export", "-p", "y-img", "-t", "1.0", "-D", "/tmp/y-images");
        run(0, "pot", "destroy", "-p", "y-img");

        CapturingListener out = replay("116-prepare.txt");

        assertThat(out.stdout().stream().map(l -> l.replaceAll("@[0-9]+ ", "@SNAP ")))
                .isEqualTo(Transcript.load("116-prepare.txt").stdoutLines().stream()
                        .map(l -> l.replaceAll("@[0-9]+ ", "@SNAP "))
                        .toList());
        String conf = String.join(
                "\n", run(0, "cat", "/opt/pot/jails/y-run_7/conf/pot.conf").stdout());
        assertThat(conf.lines()
                        .filter(l -> l.startsWith("pot.attr.") || l.startsWith("pot.cmd"))
                        .toList())
                .containsAll(Transcript.load("118-prepare-conf.txt").stdoutLines().stream()
                        .filter(l -> l.matches("pot\\.(cmd|attr\\.(persistent|no-rc-script|prunable|localhost-tunnel"
                                + "|no-etc-hosts|no-tmpfs))=.*"))
                        .toList());
        assertThat(run(0, "pot", "info", "-v", "-p", "y-run_7").stdout())
                .containsAll(
                        Transcript.load("117-prepare-info.txt").stdoutLines().subList(0, 6));
        assertThat(run(
                                1,
                                "pot",
                                "prepare",
                                "-U",
                                "file:///tmp/y-images",
                                "-p",
                                "y-img",
                                "-t",
                                "1.0",
                                "-a",
                                "7",
                                "-n",
                                "y-run")
                        .stdout())
                .containsExactly("###>  A pot with name y-run_7 already exists");
    }

    @Test
    void cloneFscompNeedsASnapshotAsTranscripts121To126() {
        replay("121-create-fscomp.txt");
        assertThat(replay("123-clone-fscomp.txt").stdout())
                .isEqualTo(Transcript.load("123-clone-fscomp.txt").stdoutLines());
        replay("124-fscomp-snapshot.txt");
        assertThat(replay("125-clone-fscomp-after-snap.txt").stdout()).isEmpty();
        assertThat(replay("126-ls-f-after-clone.txt").stdout())
                .containsAll(Transcript.load("126-ls-f-after-clone.txt").stdoutLines());
    }

    @Test
    void vnetStartWithoutAPfRulesFileFailsAsTranscript127() {
        CapturingListener out = replay("127-vnet-start.txt");
        assertThat(out.stderr())
                .isEqualTo(
                        Transcript.load("127-vnet-start.txt").stderr().lines().toList());
    }

    @Test
    void topRefusesAStoppedPotAndShowsTheRunningOnesProcesses() {
        assertThat(run(1, "pot", "top", "-p", "base-13_2").stdout())
                .containsExactly("###>  pot base-13_2 is not in execution");
        run(0, "pot", "create", "-p", "t1", "-b", "13.2", "-t", "single");
        run(0, "pot", "set-attr", "-p", "t1", "-A", "persistent", "-V", "YES");
        run(0, "pot", "start", "t1");
        assertThat(run(0, "pot", "top", "-p", "t1").stdout()).anyMatch(l -> l.contains("COMMAND"));
    }
}
