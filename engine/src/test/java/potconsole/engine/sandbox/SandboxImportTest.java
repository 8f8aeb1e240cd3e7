package potconsole.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;

/** pot import's failures as the real host shows them (transcripts 119, 120; issue 13 #3). */
class SandboxImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T14:43:16Z"), ZoneOffset.UTC);
    private final SandboxHost host = SandboxHost.demoForTests(CLOCK);

    private CapturingListener run(int expectedExit, String... argv) {
        CapturingListener out = new CapturingListener();
        ExecResult r = host.run(ExecRequest.of(argv), out);
        assertThat(r.exitCode())
                .as("%s → %s %s", String.join(" ", argv), out.stdout(), out.stderr())
                .isEqualTo(expectedExit);
        return out;
    }

    @Test
    void aMissingImageIsFetchedTwiceThenFailsWithFetchsLinesOnlyAsTranscript120() {
        CapturingListener out = run(1, "pot", "import", "-p", "y-img", "-t", "9.9", "-U", "file:///tmp/y-images");

        assertThat(out.stdout()).containsExactly("===>  importing y-img @ 9.9 as y-img_9_9");
        assertThat(out.stderr())
                .containsExactly(
                        "fetch: file:///tmp/y-images/y-img_9.9.xz.skein: No such file or directory",
                        "fetch: file:///tmp/y-images/y-img_9.9.xz.skein: No such file or directory");
    }

    @Test
    void aTagZfsRefusesEndsWithZfsReceivesLineAndExitZeroButNoPot() {
        run(0, "pot", "export", "-F", "-p", "web", "-t", "a+b", "-D", "/tmp/images");

        CapturingListener out = run(0, "pot", "import", "-p", "web", "-t", "a+b", "-U", "file:///tmp/images");

        assertThat(out.stderr()).contains("cannot receive: invalid name");
        assertThat(run(0, "pot", "ls", "-q").stdout()).doesNotContain("web_a+b");
        assertThat(List.of(out.stdout().get(0))).containsExactly("===>  importing web @ a+b as web_a+b");
    }
}
