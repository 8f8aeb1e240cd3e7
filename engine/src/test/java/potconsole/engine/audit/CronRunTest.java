package potconsole.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.sandbox.SandboxHost;

/**
 * pot logs no user; cron's log names the crontab's owner of each job it starts, so a pot line that a job of the same
 * pot command started shortly before is that job's (FreeBSD's cron line format, from its syslog).
 */
class CronRunTest {
    private static final Instant NOW = Instant.parse("2026-12-05T18:00:00Z");

    private static PotLogLine pot(String line) {
        return PotLogLine.parse(line, NOW, ZoneOffset.UTC).orElseThrow();
    }

    private static CronRun cron(String line) {
        return CronRun.parse(line, NOW, ZoneOffset.UTC).orElseThrow();
    }

    @Test
    void aCronLineIsReadAsTheJobItStarted() {
        CronRun run = cron("Dec  5 03:00:00 vm /usr/sbin/cron[1234]: (root) CMD (/usr/local/bin/pot snapshot -p web)");
        assertThat(run.at()).isEqualTo(Instant.parse("2026-12-05T03:00:00Z"));
        assertThat(run.user()).isEqualTo("root");
        assertThat(run.command()).isEqualTo("/usr/local/bin/pot snapshot -p web");
        assertThat(CronRun.parse("Dec  5 03:00:00 vm pot: pot-snapshot -p web", NOW, ZoneOffset.UTC))
                .isEmpty();
        assertThat(CronRun.parse(
                        "Dec  5 03:00:01 vm /usr/sbin/cron[1234]: (root) RELOAD (tabs/root)", NOW, ZoneOffset.UTC))
                .isEmpty();
    }

    @Test
    void onlyTheSamePotCommandShortlyAfterTheJobStartedIsTheJobs() {
        List<CronRun> runs = List.of(
                cron("Dec  5 03:00:00 vm /usr/sbin/cron[1234]: (root) CMD (/usr/local/bin/pot snapshot -p web)"),
                cron("Dec  5 03:00:00 vm /usr/sbin/cron[1235]: (ops) CMD (pot purge-snapshots -p db -k 7)"));
        List<PotLogLine> lines = List.of(
                pot("Dec  5 03:00:02 vm pot: pot-snapshot -p web"),
                pot("Dec  5 03:00:03 vm pot: pot-purge-snapshots -p db -k 7"),
                pot("Dec  5 03:00:04 vm pot: pot-snapshot -p db"),
                pot("Dec  5 02:59:59 vm pot: pot-snapshot -p web"),
                pot("Dec  5 03:11:00 vm pot: pot-snapshot -p web"));

        List<PotLogLine> marked = CronRun.mark(lines, runs);

        assertThat(marked.get(0).cronUser()).contains("root");
        assertThat(marked.get(1).cronUser()).contains("ops");
        assertThat(marked.get(2).cronUser())
                .as("another pot than the job names")
                .isEmpty();
        assertThat(marked.get(3).cronUser()).as("before the job started").isEmpty();
        assertThat(marked.get(4).cronUser()).as("more than ten minutes after").isEmpty();
        assertThat(AuditTrail.who(marked.get(0))).isEqualTo("cron (root)");
        assertThat(AuditTrail.who(marked.get(2))).isEqualTo("not logged (CLI or a script)");
    }

    @Test
    void theDemoHostsNightlyBackupIsRootsCronJob() {
        SandboxHost demo = SandboxHost.demoForTests(Clock.fixed(NOW, ZoneOffset.UTC));
        PotLogReader.Update u = new PotLogReader(demo).read(NOW, new Cancellation());

        List<PotLogLine> backups = u.lines().stream()
                .filter(l -> l.commandLine().contains("db-backup"))
                .toList();
        assertThat(backups)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.cronUser()).contains("root"));
        assertThat(u.lines())
                .filteredOn(l -> l.commandLine().contains("nginx reload"))
                .singleElement()
                .satisfies(
                        l -> assertThat(l.cronUser()).as("an admin's, by hand").isEmpty());
    }
}
