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

    private static JournalEntry console(String at, String command, boolean changes) {
        return new JournalEntry(
                Instant.parse(at),
                "vm",
                "me",
                command,
                changes,
                0,
                Duration.ofSeconds(1),
                List.of(),
                JournalEntry.CONSOLE);
    }

    @Test
    void theJournalAndTheHostsLinesMakeOneTimelineNewestFirstWithoutTheConsolesCommandsTwice() {
        AuditTrail.HostLog log = new AuditTrail.HostLog(
                "vm",
                ZoneOffset.UTC,
                List.of(
                        "Dec  5 17:33:19 vm pot: pot-start web",
                        "Dec  5 17:35:01 vm pot: pot-stop web",
                        "Dec  5 17:37:00 vm pot: pot-destroy -p old -F",
                        "Dec  5 17:37:01 vm ntpd[5]: adjusting clock"));

        List<AuditTrail.Event> events = AuditTrail.merge(
                List.of(
                        console("2026-12-05T17:35:00Z", "sudo pot stop web", true),
                        console("2026-12-05T17:36:00Z", "pot ls", false)),
                List.of(log),
                NOW);

        assertThat(events)
                .extracting(AuditTrail.Event::commandLine)
                .containsExactly("pot destroy -p old -F", "pot ls", "sudo pot stop web", "pot start web");
        assertThat(events)
                .extracting(AuditTrail.Event::origin)
                .containsExactly(AuditTrail.HOST_LOG, JournalEntry.CONSOLE, JournalEntry.CONSOLE, AuditTrail.HOST_LOG);
        assertThat(events.get(2).inHostLog())
                .as("the console's stop, seen in the host's log")
                .isTrue();
        assertThat(events.get(1).inHostLog())
                .as("a read pot does not log at info")
                .isFalse();
        assertThat(events.get(0).pot()).contains("old");
        assertThat(events.get(2).pot()).contains("web");
        assertThat(events.get(1).changesState()).isFalse();
    }

    @Test
    void aLineFarFromTheConsolesCommandIsAnotherRunAndHostSecretsAreMasked() {
        List<AuditTrail.Event> timeline = List.of(AuditTrail.of(console("2026-12-05T10:00:00Z", "pot stop web", true)));
        List<AuditTrail.Event> lines = List.of(
                AuditTrail.of(
                        "vm",
                        PotLogLine.parse("Dec  5 17:35:01 vm pot: pot-stop web", NOW, ZoneOffset.UTC)
                                .orElseThrow()),
                AuditTrail.of(
                        "vm",
                        PotLogLine.parse(
                                        "Dec  5 17:40:00 vm pot: pot-set-env -p web -E DB_PASSWORD=canary-3",
                                        NOW,
                                        ZoneOffset.UTC)
                                .orElseThrow()));

        List<AuditTrail.Event> events = AuditTrail.fold(timeline, lines);

        assertThat(events).hasSize(3);
        assertThat(events.get(0).commandLine()).contains("DB_PASSWORD=").doesNotContain("canary");
        assertThat(events.get(2).inHostLog()).isFalse();
    }

    @Test
    void prepareIsAboutThePotItMakesNamedAsPotNamesIt() {
        assertThat(PotLogLine.potOf("prepare", "-U file:///tmp/y-images -p y-img -t 1.0 -a 7 -n y-run -c sleep"))
                .as("transcript 116: prepared the pot y-run_7")
                .contains("y-run_7");
        assertThat(PotLogLine.potOf("prepare", "-U https://x -p nginx -t 1.2 -a 3 -c sleep"))
                .as("without -n: <image>_<tag>_<allocation>, dots turned into _")
                .contains("nginx_1_2_3");
        assertThat(PotLogLine.potOf("prepare", "-U https://x -p nginx -t 1 -n www"))
                .as("no allocation: pot refuses (transcript 115), so no pot")
                .isEmpty();
    }

    @Test
    void theNomadDriversCommandsAreToldByPrepareAndTheAllocationInTheName() {
        String name = "www_6f1c2a9e_0b7d3c4e-91a2-4b3f-8c5d-2e6f7a8b9c0d";
        PotLogLine prepare = PotLogLine.parse(
                        "Dec  5 17:00:00 vm pot: pot-prepare -U https://x -p nginx -t 1 -a 6f1c2a9e_0b7d -n www -v",
                        NOW,
                        ZoneOffset.UTC)
                .orElseThrow();
        PotLogLine start = PotLogLine.parse("Dec  5 17:00:10 vm pot: pot-start " + name, NOW, ZoneOffset.UTC)
                .orElseThrow();
        PotLogLine byHand = PotLogLine.parse("Dec  5 17:00:20 vm pot: pot-start web", NOW, ZoneOffset.UTC)
                .orElseThrow();

        assertThat(AuditTrail.who(prepare)).isEqualTo("nomad driver (root)");
        assertThat(prepare.pot()).as("the pot prepare makes, not the image").contains("www_6f1c2a9e_0b7d");
        assertThat(AuditTrail.who(start)).isEqualTo("nomad driver (root)");
        assertThat(AuditTrail.who(byHand)).startsWith("not logged");
    }
}
