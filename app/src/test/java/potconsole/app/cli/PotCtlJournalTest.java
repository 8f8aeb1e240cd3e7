package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static potconsole.app.cli.PotCtlTest.potctl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.app.cli.PotCtlTest.Run;

/** potctl journal on the sandbox, whose syslogd keeps pot's lines in /var/log/pot.log (seeding, Nomad, cron). */
class PotCtlJournalTest {
    @Test
    void jsonHasTheHostsLogAndItsEventsWithStableKeys() throws Exception {
        Run r = potctl("journal", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(List.copyOf(names(root))).containsExactly("hosts", "events");
        assertThat(root.get("hosts").get(0).get("host").asText()).isEqualTo("sandbox");
        assertThat(root.get("hosts").get(0).get("pot-log").asText()).isEqualTo("/var/log/pot.log");
        List<String> who = new ArrayList<>();
        root.get("events").forEach(e -> who.add(e.get("who").asText()));
        assertThat(who).contains("nomad driver (root)");
        JsonNode newest = root.get("events").get(0);
        assertThat(List.copyOf(names(newest)))
                .containsExactly(
                        "time",
                        "host",
                        "origin",
                        "who",
                        "pot",
                        "command",
                        "changes-state",
                        "exit-code",
                        "duration-ms",
                        "in-host-log",
                        "output-tail");
    }

    @Test
    void filtersByPotAndTime() throws Exception {
        Run db = potctl("journal", "--pot", "db", "--json");
        assertThat(db.exit()).as(db.err()).isZero();
        JsonNode events = new ObjectMapper().readTree(db.out()).get("events");
        assertThat(events.size()).isGreaterThan(2);
        events.forEach(e -> assertThat(e.get("pot").asText()).isEqualTo("db"));

        Run future =
                potctl("journal", "--since", Instant.now().plusSeconds(3600).toString());
        assertThat(future.exit()).isZero();
        assertThat(future.out().lines().toList())
                .containsExactly("TIME                 HOST       ORIGIN             POT            COMMAND");
        assertThat(future.err()).contains("pot log of sandbox: /var/log/pot.log");

        assertThat(potctl("journal", "--since", "yesterday").exit()).isEqualTo(PotCtl.USAGE);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
