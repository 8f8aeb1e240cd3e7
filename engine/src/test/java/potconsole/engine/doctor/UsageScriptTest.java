package potconsole.engine.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.LocalRunner;
import potconsole.engine.exec.Privilege;
import potconsole.engine.exec.ShellQuote;
import potconsole.engine.testkit.RequiredTool;

/**
 * The usage script under dash with stand-ins for {@code pot} (get-rss -J as sample S14, pot's refusals) and
 * {@code sudo}: one run reads every pot, each pot's get-rss behind the privilege prefix,.
 */
class UsageScriptTest {
    @TempDir
    Path dir;

    private void program(String name, String body) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path f = bin.resolve(name);
        Files.writeString(f, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void readsEveryPotInOneRunUnderDash() throws Exception {
        RequiredTool.require("/usr/bin/dash", "dash");
        Path log = dir.resolve("calls");
        program(
                "sudo",
                "[ \"$1\" = -n ] && shift; echo \"sudo $*\" >> " + ShellQuote.quote(log.toString()) + "; exec \"$@\"");
        program(
                "pot",
                "p=$4; case \"$p\" in"
                        + " web) printf '{ \"ResourceUsage\": { \"MemoryStats\": { \"RSS\" : 52428800, \"Swap\" : 0 },"
                        + " \"CpuStats\": { \"TotalTicks\": 240.000, \"Percent\": 10 } } } ';;"
                        + " gone) echo '###>   Pot gone not found' >&2; exit 1;;"
                        + " *) printf '{ \"ResourceUsage\": { \"MemoryStats\": { \"RSS\" : 1048576, \"Swap\" : 4096 },"
                        + " \"CpuStats\": { \"TotalTicks\": 0.000, \"Percent\": 0 } } } \\n';;"
                        + " esac");
        UsageScript script = UsageScript.of(List.of("web", "gone", "db-1.x"), Privilege.SUDO);
        String preamble = "PATH=" + ShellQuote.quote(dir.resolve("bin").toString()) + ":$PATH\n";
        int firstLine = script.text().indexOf('\n') + 1;
        String text =
                script.text().substring(0, firstLine) + preamble + script.text().substring(firstLine);
        CapturingListener out = new CapturingListener();
        ExecResult r = new LocalRunner(List.of("/usr/bin/dash")).run(ExecRequest.script(text), out);
        assertThat(r.exitCode()).as("stderr %s", out.stderr()).isZero();

        List<UsageReading> readings = UsageParser.parse(script.marker(), out.stdout(), Instant.EPOCH);
        assertThat(readings).extracting(UsageReading::pot).containsExactly("web", "gone", "db-1.x");
        UsageSample web = readings.get(0).sample().orElseThrow();
        assertThat(web.rssBytes()).isEqualTo(52428800);
        assertThat(web.cpuPercent()).isEqualTo(10.0);
        assertThat(readings.get(1).sample()).isEmpty();
        assertThat(readings.get(1).refusal()).contains("Pot gone not found");
        assertThat(readings.get(2).sample().orElseThrow().swapBytes()).isEqualTo(4096);
        assertThat(Files.readAllLines(log))
                .containsExactly(
                        "sudo pot get-rss -J -p web", "sudo pot get-rss -J -p gone", "sudo pot get-rss -J -p db-1.x");
    }

    @Test
    void aTruncatedAnswerIsAnErrorNotAnEmptySample() {
        UsageScript script = UsageScript.of(List.of("web"), Privilege.NONE);
        String m = script.marker();
        assertThatThrownBy(() -> UsageParser.parse(m, List.of(m + " POT web"), Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
    }
}
