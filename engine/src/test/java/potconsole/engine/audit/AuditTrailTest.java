package potconsole.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.journal.JournalEntry;

/** pot's logger lines, written as syslogd keeps them, merged with the console's journal. */
class AuditTrailTest {
    private static final Instant NOW = Instant.parse("2026-12-05T18:00:00Z");

    @Test
    void potLinesAreReadInBothTimeFormatsAndOtherProgramsLinesAreNot() {
        assertThat(PotLogLine.parse("Dec  5 17:33:19 vm pot: pot-start web", NOW, ZoneOffset.UTC))
                .hasValueSatisfying(l -> {
                    assertThat(l.at()).isEqualTo(Instant.parse("2026-12-05T17:33:19Z"));
                    assertThat(l.host()).isEqualTo("vm");
                    assertThat(l.pot()).contains("web");
                    assertThat(l.commandLine()).isEqualTo("pot start web");
                });
        assertThat(PotLogLine.parse(
                        "2026-12-05T17:40:00.123+01:00 vm pot[812]: pot-set-attribute -p db -A start-at-boot -V YES",
                        NOW,
                        ZoneOffset.UTC))
                .hasValueSatisfying(l -> {
                    assertThat(l.at()).isEqualTo(Instant.parse("2026-12-05T16:40:00.123Z"));
                    assertThat(l.pot()).contains("db");
                });
        // A December line read in early January belongs to the year before.
        assertThat(PotLogLine.parse(
                                "Dec 31 23:59:00 vm pot: pot-stop web",
                                Instant.parse("2027-01-01T00:10:00Z"),
                                ZoneOffset.UTC)
                        .orElseThrow()
                        .at())
                .isEqualTo(Instant.parse("2026-12-31T23:59:00Z"));
        assertThat(PotLogLine.parse("Dec  5 17:33:19 vm sshd[99]: Accepted publickey", NOW, ZoneOffset.UTC))
                .isEmpty();
    }

    @Test
    void theJournalsChangesAndTheHostsLinesMakeOneTimelineNewestFirst() {
        JournalEntry console = new JournalEntry(
                Instant.parse("2026-12-05T17:35:00Z"),
                "vm",
                "me",
                "pot stop web",
                true,
                0,
                Duration.ofSeconds(1),
                List.of(),
                JournalEntry.CONSOLE);
        JournalEntry read = new JournalEntry(
                Instant.parse("2026-12-05T17:36:00Z"), "vm", "me", "pot ls", false, 0, Duration.ZERO, List.of());
        AuditTrail.HostLog log = new AuditTrail.HostLog(
                "vm",
                ZoneOffset.UTC,
                List.of(
                        "Dec  5 17:33:19 vm pot: pot-start web",
                        "Dec  5 17:37:00 vm pot: pot-destroy -p old -F",
                        "Dec  5 17:37:01 vm ntpd[5]: adjusting clock"));

        List<AuditTrail.Event> events = AuditTrail.merge(List.of(console, read), List.of(log), NOW);

        assertThat(events)
                .extracting(AuditTrail.Event::commandLine)
                .containsExactly("pot destroy -p old -F", "pot stop web", "pot start web");
        assertThat(events)
                .extracting(AuditTrail.Event::origin)
                .containsExactly(AuditTrail.POT_LOG, JournalEntry.CONSOLE, AuditTrail.POT_LOG);
        assertThat(events.get(0).pot()).contains("old");
        assertThat(events.get(1).pot()).contains("web");
    }
}
