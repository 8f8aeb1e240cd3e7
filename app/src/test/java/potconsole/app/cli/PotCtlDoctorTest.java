package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;

class PotCtlDoctorTest {
    private final SandboxHost host = SandboxHost.demoForTests(Clock.systemUTC());

    private PotCtlTest.Run potctl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PotCtl.run(args, new PrintWriter(out, true), new PrintWriter(err, true), host);
        return new PotCtlTest.Run(exit, out.toString(), err.toString());
    }

    private static List<String> kinds(String json) throws Exception {
        List<String> kinds = new ArrayList<>();
        new ObjectMapper()
                .readTree(json)
                .path("findings")
                .forEach(f -> kinds.add(f.path("kind").asText()));
        return kinds;
    }

    @Test
    void aHealthyDemoHasNoProblemAndExitsZero() throws Exception {
        PotCtlTest.Run r = potctl("doctor", "--json");
        assertThat(r.exit()).isZero();
        assertThat(kinds(r.out())).containsExactlyInAnyOrder("export-refused", "racct-off");
    }

    @Test
    void aWedgedPotIsExplainedThenFixedWithFix() throws Exception {
        SandboxFaults.of(host).wedge("db");
        PotCtlTest.Run seen = potctl("doctor", "db");
        assertThat(seen.exit()).isEqualTo(1);
        assertThat(seen.out())
                .contains(
                        "PROBLEM  db is wedged",
                        "seen:   /tmp/pot_status_db",
                        "jls: no jail named db",
                        "fix:    pot stop db",
                        "pot start db",
                        "potctl doctor --fix");
        PotCtlTest.Run fixed = potctl("doctor", "db", "--fix", "--json");
        assertThat(fixed.exit()).isZero();
        assertThat(fixed.err()).contains("potctl: fixing db is wedged");
        assertThat(kinds(fixed.out())).doesNotContain("wedged");
        assertThat(potctl("ls")
                        .out()
                        .lines()
                        .filter(l -> l.startsWith("db "))
                        .findFirst()
                        .orElseThrow())
                .contains("running");
    }

    @Test
    void jsonKeysAreStableAndInPotsWords() throws Exception {
        SandboxFaults.of(host).poisonCache("web", "2.0", 10);
        JsonNode root = new ObjectMapper().readTree(potctl("doctor", "--json").out());
        assertThat(root.fieldNames()).toIterable().containsExactly("host", "pot", "findings");
        JsonNode poisoned = null;
        for (JsonNode f : root.path("findings")) {
            if (f.path("kind").asText().equals("poisoned-cache")) {
                poisoned = f;
            }
        }
        assertThat(poisoned).isNotNull();
        assertThat(poisoned.fieldNames())
                .toIterable()
                .containsExactly("kind", "severity", "pots", "title", "evidence", "meaning", "fix");
        assertThat(poisoned.path("severity").asText()).isEqualTo("problem");
        assertThat(poisoned.path("fix").get(0).asText()).startsWith("rm -f /var/cache/pot/web_2.0.xz");
    }

    @Test
    void deletingFixesNeedYesWithoutATerminal() throws Exception {
        SandboxFaults.of(host).poisonCache("web", "2.0", 10);
        PotCtlTest.Run refused = potctl("doctor", "--fix");
        assertThat(refused.exit()).isEqualTo(PotCtl.USAGE);
        assertThat(refused.err()).contains("the fixes delete: rm -f /var/cache/pot/web_2.0.xz");
        assertThat(kinds(potctl("doctor", "--json").out())).contains("poisoned-cache");
        assertThat(potctl("doctor", "--fix", "--yes").exit()).isZero();
        assertThat(kinds(potctl("doctor", "--json").out())).doesNotContain("poisoned-cache");
    }

    @Test
    void netExplainsTheChainAndNamesTheBrokenLink() throws Exception {
        PotCtlTest.Run ok = potctl("net", "nginx");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out())
                .contains(
                        "✓ bridge",
                        "public bridge, network 10.192.0.0/10, gateway 10.192.0.1",
                        "✓ rdr 80:8080",
                        "host port 8080 → 10.192.0.3:80");
        SandboxFaults.of(host).dropRedirects("nginx");
        PotCtlTest.Run broken = potctl("net", "nginx", "--json");
        assertThat(broken.exit()).isEqualTo(1);
        JsonNode links =
                new ObjectMapper().readTree(broken.out()).path("pots").get(0).path("links");
        JsonNode rdr = null;
        for (JsonNode l : links) {
            if (l.path("link").asText().equals("rdr 80:8080")) {
                rdr = l;
            }
        }
        assertThat(rdr.path("status").asText()).isEqualTo("broken");
        assertThat(rdr.path("fix").toString()).contains("pot stop nginx", "pot start nginx");
    }

    @Test
    void helpIsThere() {
        assertThat(potctl("doctor", "--help").out()).contains("--fix", "--json", "NAME");
        assertThat(potctl("net", "--help").out()).contains("--json");
    }
}
