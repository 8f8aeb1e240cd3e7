package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;

/** potctl top (the host sampler), net's bridge address use and doctor's registry-size check on the sandbox. */
class PotCtlUsageTest {
    private final SandboxHost host = SandboxHost.demoForTests(Clock.systemUTC());

    @TempDir
    Path dir;

    private PotCtlTest.Run potctl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PotCtl.run(args, new PrintWriter(out, true), new PrintWriter(err, true), host);
        return new PotCtlTest.Run(exit, out.toString(), err.toString());
    }

    @Test
    void topSamplesEveryRunningPotWithTheSameSampler() throws Exception {
        SandboxFaults.of(host).racct(true).crowd("busy", 4);
        PotCtlTest.Run r = potctl("top", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("host", "rctl", "pots");
        List<String> pots = new ArrayList<>();
        root.path("pots").forEach(p -> {
            pots.add(p.path("pot").asText());
            assertThat(p.fieldNames()).toIterable().containsExactly("pot", "at", "rss", "swap", "cpu", "refused");
            assertThat(p.path("rss").asLong()).isGreaterThan(1L << 20);
        });
        assertThat(pots).contains("nginx", "db", "busy001", "busy004");
        PotCtlTest.Run text = potctl("top");
        assertThat(text.out()).startsWith("POT ").contains("busy003", "MiB");
    }

    @Test
    void topWithRctlOffSaysHowToTurnItOn() {
        PotCtlTest.Run r = potctl("top");
        assertThat(r.exit()).isEqualTo(PotCtl.POT_FAILED);
        assertThat(r.err()).contains("kern.racct.enable=1", "/boot/loader.conf");
        assertThat(r.out()).contains("To get resource usage, rctl has to be enabled");
    }

    @Test
    void netWithoutANameCountsEachBridgesAddresses() throws Exception {
        SandboxFaults.of(host).crowd("busy", 3);
        JsonNode root = new ObjectMapper().readTree(potctl("net", "--json").out());
        assertThat(root.fieldNames()).toIterable().containsExactly("host", "pots", "bridges");
        JsonNode pub = root.path("bridges").get(0);
        assertThat(pub.path("public").asBoolean()).isTrue();
        assertThat(pub.path("network").asText()).isEqualTo("10.192.0.0/10");
        assertThat(pub.path("free").asLong() + pub.path("taken").asLong())
                .isEqualTo(pub.path("size").asLong());
        JsonNode backend = root.path("bridges").get(1);
        assertThat(backend.path("bridge").asText()).isEqualTo("backend");
        assertThat(backend.path("taken").asLong()).isEqualTo(4);
        assertThat(backend.path("pots").get(0).asText()).isEqualTo("db");
        assertThat(potctl("net").out()).contains("backend ", "addresses taken");
    }

    @Test
    void aCachedImageSmallerThanTheRegistrysIsPoisoned() throws Exception {
        SandboxFaults.of(host).cached("web", "1.0", 300_000);
        Path registry = Files.createDirectories(dir.resolve("registry"));
        Files.write(registry.resolve("web_1.0.xz"), new byte[400_000]);
        Files.writeString(registry.resolve("web_1.0.xz.skein"), "0123\n");
        assertThat(potctl("doctor", "--json").out()).doesNotContain("poisoned-cache");
        PotCtlTest.Run r = potctl("doctor", "--json", "--registry", registry.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out())
                .contains("poisoned-cache", "smaller than in the registry", "web_1.0.xz 400000 bytes", "rm -f ");
    }
}
