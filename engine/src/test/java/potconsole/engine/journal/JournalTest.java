package potconsole.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.error.PotNotFoundException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Privilege;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

class JournalTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandIsJournalledWithItsOutcomeAndSurvivesARestart() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Journal journal = new Journal(file);
        SandboxHost sandbox =
                SandboxHost.demoForTests(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC));
        PotService service = new PotService(new JournalingRunner(sandbox, journal, "Sandbox"), Privilege.NONE);
        service.execute(potconsole.engine.command.SnapshotCommand.of("multi"));
        assertThatThrownBy(() -> service.info("nosuch")).isInstanceOf(PotNotFoundException.class);
        service.inventory();

        List<JournalEntry> entries = new Journal(file).entries();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).commandLine()).isEqualTo("pot snapshot -p multi");
        assertThat(entries.get(0).changesState()).isTrue();
        assertThat(entries.get(0).exitCode()).isZero();
        assertThat(entries.get(1).commandLine()).isEqualTo("pot info -v -p nosuch");
        assertThat(entries.get(1).exitCode()).isEqualTo(1);
        assertThat(entries.get(1).outputTail()).contains("###>  NO nosuch is not a pot");
        assertThat(entries.get(2).commandLine()).isEqualTo("(inventory script)");
        assertThat(entries.get(2).host()).isEqualTo("Sandbox");
    }

    @Test
    void readsThatNeedRootAreNotChanges() throws Exception {
        Path file = dir.resolve("reads.jsonl");
        Journal journal = new Journal(file);
        SandboxHost sandbox =
                SandboxHost.demoForTests(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC));
        SandboxFaults.of(sandbox).racct(true);
        JournalingRunner runner = new JournalingRunner(sandbox, journal, "Sandbox");
        PotService service = new PotService(runner, Privilege.NONE);

        service.execute(new potconsole.engine.command.GetRssCommand("nginx", false));
        runner.run(
                ExecRequest.of(List.of("zfs", "send", "-nP", "-R", "zroot/pot/jails/web@1"), true, false),
                ExecListener.NONE);
        runner.run(
                ExecRequest.of(List.of("zfs", "set", ":pot.tag=1.0", "zroot/pot/jails/web@1"), true),
                ExecListener.NONE);

        List<JournalEntry> entries = new Journal(file).entries();
        assertThat(entries)
                .extracting(JournalEntry::commandLine)
                .containsExactly(
                        "pot get-rss -p nginx",
                        "zfs send -nP -R zroot/pot/jails/web@1",
                        "zfs set ':pot.tag=1.0' zroot/pot/jails/web@1");
        assertThat(entries)
                .extracting(JournalEntry::changesState)
                .as("get-rss and a dry-run send read, as root; zfs set changes")
                .containsExactly(false, false, true);
    }

    @Test
    void csvQuotesWhatNeedsQuoting() throws Exception {
        JournalEntry e = new JournalEntry(
                Instant.EPOCH,
                "h",
                "u",
                "pot set-cmd -p web -c 'a, \"b\"'",
                true,
                0,
                java.time.Duration.ofMillis(12),
                List.of("line 1", "line 2"));
        StringWriter out = new StringWriter();
        Journal.writeCsv(List.of(e), out);
        assertThat(out.toString())
                .isEqualTo(
                        "time,host,user,command,changes state,exit code,duration ms,output tail,origin\r\n"
                                + "1970-01-01T00:00:00Z,h,u,\"pot set-cmd -p web -c 'a, \"\"b\"\"'\",true,0,12,\"line 1\nline 2\",console\r\n");
    }
}
