package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.exec.Privilege;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** --host all and comma lists: saved hosts alpha and beta are sandboxes, gamma cannot be reached. */
class PotCtlManyHostsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final Map<String, SandboxHost> sandboxes = new LinkedHashMap<>();
    private String hostsFile;

    @BeforeEach
    void saveHosts() {
        sandboxes.put("alpha", SandboxHost.demoForTests(CLOCK));
        sandboxes.put("beta", SandboxHost.demoForTests(CLOCK));
        hostsFile = dir.resolve("hosts.json").toString();
        for (String name : List.of("alpha", "beta", "gamma")) {
            Run add = PotCtlTest.potctl("--hosts-file", hostsFile, "hosts", "add", name, name + ".example.org");
            assertThat(add.exit()).as(add.err()).isZero();
        }
    }

    private CommandRunner open(String name) {
        SandboxHost host = sandboxes.get(name);
        if (host == null) {
            throw new ExecFailedException("Cannot connect to " + name + ".example.org:22: Connection refused");
        }
        return host;
    }

    private Run potctl(String... args) {
        List<String> all = new ArrayList<>(List.of("--hosts-file", hostsFile));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PotCtl.runOn(
                all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), this::open);
        return new Run(exit, out.toString(), err.toString());
    }

    private PotState state(String host, String pot) {
        return new PotService(sandboxes.get(host), Privilege.NONE)
                .inventory()
                .pot(pot)
                .orElseThrow()
                .state();
    }

    private static List<String> hosts(JsonNode array) {
        List<String> hosts = new ArrayList<>();
        array.forEach(n -> hosts.add(n.path("host").asText()));
        return hosts;
    }

    @Test
    void lsOnEverySavedHostIsOneTableWithAHostColumnAndTheUnreachableOnStderr() {
        Run r = potctl("--host", "all", "ls");

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("HOST   NAME ").contains("STATE", "SNAPSHOTS");
        assertThat(lines.stream().filter(l -> l.startsWith("HOST")).count()).isOne();
        assertThat(lines).anyMatch(l -> l.startsWith("alpha  nginx ") && l.contains("running"));
        assertThat(lines).anyMatch(l -> l.startsWith("beta   nginx ") && l.contains("running"));
        assertThat(lines).noneMatch(l -> l.startsWith("gamma"));
        assertThat(r.err().strip())
                .isEqualTo("potctl: gamma: Cannot connect to gamma.example.org:22: Connection refused");
    }

    @Test
    void lsAsJsonGivesEveryPotItsHostAsTheFirstKey() throws IOException {
        Run r = potctl("--host", "alpha,beta", "ls", "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode pots = new ObjectMapper().readTree(r.out());
        int perHost = new PotService(sandboxes.get("alpha"), Privilege.NONE)
                .inventory()
                .pots()
                .size();
        assertThat(pots).hasSize(2 * perHost);
        assertThat(hosts(pots))
                .containsOnly("alpha", "beta")
                .startsWith("alpha")
                .endsWith("beta");
        assertThat(pots.get(0).fieldNames().next()).isEqualTo("host");
        assertThat(pots.get(0).path("name").asText()).isNotEmpty();
    }

    @Test
    void everyReadTakesSeveralHostsAsOneJsonArray() throws IOException {
        List<List<String>> reads = List.of(
                List.of("info", "nginx", "--json"),
                List.of("inventory"),
                List.of("ps", "--json"),
                List.of("show", "-p", "nginx", "--json"),
                List.of("config", "-g", "zfs_root", "--json"),
                List.of("last-run-stats", "batch", "--json"),
                List.of("get-attr", "web", "-A", "persistent", "--json"));
        for (List<String> read : reads) {
            List<String> args = new ArrayList<>(List.of("--host", "all"));
            args.addAll(read);
            Run r = potctl(args.toArray(String[]::new));
            assertThat(r.exit()).as(read + ": " + r.err()).isZero();
            JsonNode answers = new ObjectMapper().readTree(r.out());
            assertThat(hosts(answers)).as(read.toString()).containsExactly("alpha", "beta");
            assertThat(r.err()).as(read.toString()).contains("potctl: gamma: Cannot connect");
        }
        JsonNode config = new ObjectMapper()
                .readTree(potctl("--host", "all", "config", "-g", "zfs_root", "--json")
                        .out());
        assertThat(config.get(1).path("zfs_root").asText()).isEqualTo("zroot/pot");
        JsonNode attr = new ObjectMapper()
                .readTree(potctl("--host", "beta,alpha", "get-attr", "web", "-A", "persistent", "--json")
                        .out());
        assertThat(hosts(attr)).containsExactly("beta", "alpha");
        assertThat(attr.get(0).path("value").asText()).isEqualTo("YES");
    }

    @Test
    void textReadsMarkEachLineWithItsHost() {
        Run r = potctl("--host", "alpha,beta", "info", "-p", "nginx");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).contains("alpha  name:      nginx", "beta   name:      nginx");
        assertThat(potctl("--host", "all", "version").out().lines().toList())
                .containsExactly("alpha  0.16.0", "beta   0.16.0");
    }

    @Test
    void noHostAnsweringIsExit3AndAPotRefusalOnOneHostIsExit1() {
        Run none = potctl("--host", "gamma,delta", "ls");
        assertThat(none.exit()).isEqualTo(3);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("potctl: gamma: ", "potctl: delta: ");

        new PotService(sandboxes.get("beta"), Privilege.NONE)
                .execute(new DestroyCommand(DestroyCommand.Target.POT, "web-staging", false, false, false));
        Run partly = potctl("--host", "all", "info", "web-staging");
        assertThat(partly.exit()).isEqualTo(1);
        assertThat(partly.out()).contains("alpha  name:      web-staging").doesNotContain("beta ");
        assertThat(partly.err()).contains("potctl: beta: web-staging is not a pot", "potctl: gamma: Cannot connect");
    }

    @Test
    void aChangeOnAllHostsIsRefusedAndNothingIsSent() {
        Run r = potctl("--host", "all", "stop", "nginx");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--host all is for reads", "--host web1,web2");
        assertThat(state("alpha", "nginx")).isEqualTo(PotState.RUNNING);
        assertThat(state("beta", "nginx")).isEqualTo(PotState.RUNNING);
    }

    @Test
    void aChangeOnAListRunsOnEachHostInTurn() {
        Run r = potctl("--host", "alpha,beta", "stop", "-p", "nginx");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(state("alpha", "nginx")).isEqualTo(PotState.STOPPED);
        assertThat(state("beta", "nginx")).isEqualTo(PotState.STOPPED);
        assertThat(r.out().lines()).allMatch(l -> l.startsWith("alpha: ") || l.startsWith("beta: "));

        Run partly = potctl("--host", "alpha,gamma", "start", "nginx");
        assertThat(partly.exit()).isEqualTo(3);
        assertThat(partly.err()).contains("gamma: potctl: Cannot connect");
        assertThat(state("alpha", "nginx")).isEqualTo(PotState.RUNNING);
        assertThat(state("beta", "nginx")).isEqualTo(PotState.STOPPED);
    }

    @Test
    void versionNamesTheHostsPotVersion() {
        Run one = potctl("--host", "alpha", "--version");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out().lines().toList())
                .containsExactly("potctl 0.1.0-SNAPSHOT (Pot Console, for pot 0.16.0)", "alpha: pot 0.16.0");
        assertThat(potctl("--version").out().lines().toList()).hasSize(1);
        Run down = potctl("--host", "gamma", "--version");
        assertThat(down.exit()).isEqualTo(3);
    }

    @Test
    void aBadListIsAUsageError() {
        assertThat(potctl("--host", "alpha,,beta", "ls").exit()).isEqualTo(2);
        assertThat(potctl("--host", "alpha,all", "ls").exit()).isEqualTo(2);
        assertThat(potctl("--host", "alpha,beta", "term", "nginx").exit()).isEqualTo(2);
    }
}
