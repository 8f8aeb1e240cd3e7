package potconsole.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;

/** pot's {@code _validate_network_param}: an explicit bridge IP must pass {@code potnet validate -H} (issue 13 #10). */
class SandboxNetworkTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    private final SandboxHost host = SandboxHost.demoForTests(CLOCK);

    private CapturingListener run(int expectedExit, String... argv) {
        CapturingListener out = new CapturingListener();
        ExecResult r = host.run(ExecRequest.of(argv), out);
        assertThat(r.exitCode())
                .as("%s → %s %s", String.join(" ", argv), out.stdout(), out.stderr())
                .isEqualTo(expectedExit);
        return out;
    }

    private String ipOf(String pot) {
        return run(0, "pot", "info", "-v", "-p", pot).stdout().stream()
                .filter(l -> l.strip().startsWith("ip"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPublicBridgeIpOutsidePotNetworkIsRefusedWithPotsMessage() {
        CapturingListener out = run(
                1,
                "pot",
                "create",
                "-p",
                "x",
                "-b",
                "13.2",
                "-t",
                "single",
                "-N",
                "public-bridge",
                "-i",
                "192.168.1.5");

        assertThat(out.stdout())
                .contains("###>  The 192.168.1.5 IP is not valid - run potnet validate -H 192.168.1.5 for more"
                        + " information");
        assertThat(run(0, "pot", "ls", "-q").stdout()).doesNotContain("x");
    }

    @Test
    void anIpAnotherPotHasIsRefusedSoNoTwoPotsShareIt() {
        String nginx = ipOf("nginx");
        assertThat(nginx).isEqualTo("10.192.0.3");

        CapturingListener out =
                run(1, "pot", "create", "-p", "x", "-b", "13.2", "-t", "single", "-N", "public-bridge", "-i", nginx);
        assertThat(out.stdout())
                .contains("###>  The 10.192.0.3 IP is not valid - run potnet validate -H 10.192.0.3"
                        + " for more information");
        run(1, "pot", "clone", "-p", "y", "-P", "web", "-N", "public-bridge", "-i", nginx);
        run(1, "pot", "create", "-p", "x", "-b", "13.2", "-t", "single", "-N", "public-bridge", "-i", "10.192.0.1");

        run(0, "pot", "create", "-p", "x", "-b", "13.2", "-t", "single", "-N", "public-bridge", "-i", "10.192.0.50");
        assertThat(ipOf("x")).isEqualTo("10.192.0.50");
    }

    @Test
    void aPrivateBridgeIpMustBeAFreeHostOfThatBridge() {
        String db = ipOf("db");
        CapturingListener out = run(
                1,
                "pot",
                "create",
                "-p",
                "x",
                "-b",
                "13.2",
                "-t",
                "single",
                "-N",
                "private-bridge",
                "-B",
                "backend",
                "-i",
                db);
        assertThat(out.stdout())
                .contains("###>  The " + db + " IP is not valid for bridge backend - run potnet validate -H " + db
                        + " -b backend for more information");
        run(
                1,
                "pot",
                "create",
                "-p",
                "x",
                "-b",
                "13.2",
                "-t",
                "single",
                "-N",
                "private-bridge",
                "-B",
                "backend",
                "-i",
                "10.192.0.3");
        run(
                1,
                "pot",
                "create",
                "-p",
                "x",
                "-b",
                "13.2",
                "-t",
                "single",
                "-N",
                "private-bridge",
                "-B",
                "nosuch",
                "-i",
                "10.192.0.3");
    }
}
