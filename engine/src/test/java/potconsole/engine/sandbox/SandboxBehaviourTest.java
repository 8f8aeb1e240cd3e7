package potconsole.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.inventory.InventoryParser;
import potconsole.engine.inventory.InventoryScript;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;

class SandboxBehaviourTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private static HostInventory inventory(SandboxHost host) {
        InventoryScript script = InventoryScript.create();
        CapturingListener out = new CapturingListener();
        ExecResult r = host.run(script.request(), out);
        assertThat(r.exitCode()).isZero();
        return InventoryParser.parse(script.marker(), out.stdout(), Instant.EPOCH);
    }

    private static CapturingListener run(SandboxHost host, int expectedExit, String... argv) {
        CapturingListener out = new CapturingListener();
        ExecResult r = host.run(ExecRequest.of(argv), out);
        assertThat(r.exitCode())
                .as("%s → %s %s", String.join(" ", argv), out.stdout(), out.stderr())
                .isEqualTo(expectedExit);
        return out;
    }

    @Test
    void demoHostHasEveryKindOfPot() {
        HostInventory inv = inventory(SandboxHost.demoForTests(CLOCK));
        assertThat(inv.pots())
                .extracting(Pot::name)
                .containsExactly("base-13_2", "batch", "db", "demo", "multi", "nginx", "web", "web-staging");
        assertThat(inv.pot("nginx").orElseThrow().state()).isEqualTo(PotState.RUNNING);
        assertThat(inv.pot("nginx").orElseThrow().snapshots()).hasSize(2);
        assertThat(inv.pot("nginx").orElseThrow().exportedPorts()).hasSize(2);
        assertThat(inv.pot("db").orElseThrow().state())
                .as("started as nginx's dependency")
                .isEqualTo(PotState.RUNNING);
        assertThat(inv.pot("db").orElseThrow().network().bridge()).contains("backend");
        assertThat(inv.pot("web").orElseThrow().imageTag()).contains("1.0");
        assertThat(inv.pot("web").orElseThrow().hooks()).containsExactly("prestart");
        assertThat(inv.pot("web-staging").orElseThrow().origin())
                .hasValueSatisfying(o -> assertThat(o).startsWith("zroot/pot/jails/web/m@"));
        assertThat(inv.pot("batch").orElseThrow().lastRun().orElseThrow().exitCode())
                .hasValue(3);
        assertThat(inv.pot("multi").orElseThrow().fscomps()).hasSize(3);
        assertThat(inv.flavours()).extracting(f -> f.name()).contains("demo-nginx", "dns", "slim");
        assertThat(inv.bridges()).extracting(b -> b.name()).containsExactly("backend");
        assertThat(inv.fscomps()).extracting(f -> f.name()).containsExactly("www-data");
    }

    @Test
    void inventoryAgreesWithPotLs() {
        SandboxHost host = SandboxHost.demoForTests(CLOCK);
        List<String> names = run(host, 0, "pot", "ls", "-q").stdout();
        List<String> running = run(host, 0, "pot", "ps", "-q").stdout();
        HostInventory inv = inventory(host);
        assertThat(inv.pots()).extracting(Pot::name).containsExactlyElementsOf(names);
        assertThat(inv.pots().stream()
                        .filter(p -> p.state() == PotState.RUNNING)
                        .map(Pot::name))
                .containsExactlyElementsOf(running);
    }

    @Test
    void aReadOnlyAccountIsRefusedWithPotsMessageAndSudoHelps() {
        SandboxHost host = SandboxHost.recordedHostWithoutRoot(CLOCK);
        CapturingListener out = run(host, 1, "pot", "create-fscomp", "-f", "data");
        assertThat(out.stdout()).containsExactly("###>   This operation needs 'root' privilegies");
        run(host, 0, "pot", "ls");
        ExecRequest sudo = new ExecRequest(
                List.of("pot", "create-fscomp", "-f", "data"),
                java.util.Optional.empty(),
                new byte[0],
                true,
                Privilege.SUDO,
                new Cancellation());
        assertThat(host.run(sudo, ExecListener.NONE).exitCode()).isZero();
        assertThat(run(host, 0, "pot", "ls", "-f", "-q").stdout()).containsExactly("data");
    }

    @Test
    void aNonPersistentStartLastsUntilThePotIsStopped() throws Exception {
        SandboxHost host = SandboxHost.recordedHost(CLOCK);
        run(host, 0, "pot", "create", "-p", "app", "-b", "13.2", "-t", "single");
        run(host, 0, "pot", "set-attr", "-p", "app", "-A", "persistent", "-V", "NO");
        run(host, 0, "pot", "set-cmd", "-p", "app", "-c", "tail -f /dev/null");
        CountDownLatch created = new CountDownLatch(1);
        CompletableFuture<ExecResult> start =
                CompletableFuture.supplyAsync(() -> host.run(ExecRequest.of("pot", "start", "app"), new ExecListener() {
                    @Override
                    public void stdoutLine(String line) {
                        if (line.equals("app: created")) {
                            created.countDown();
                        }
                    }
                }));
        assertThat(created.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(run(host, 0, "pot", "ps", "-q").stdout()).containsExactly("app");
        assertThat(start).isNotDone();
        run(host, 0, "pot", "stop", "app");
        assertThat(start.get(10, TimeUnit.SECONDS).exitCode()).isZero();
        assertThat(run(host, 0, "pot", "last-run-stats", "-p", "app").stdout()).containsExactly("{ \"ExitCode\": 0 }");
    }

    @Test
    void exportGrowsItsFileWhileItRunsAndCancelLeavesNoSideFiles() {
        List<Long> sizes = new ArrayList<>();
        SandboxHost[] hostRef = new SandboxHost[1];
        SandboxHost host = SandboxHost.recordedHost(CLOCK);
        hostRef[0] = host;
        run(host, 0, "pot", "create", "-p", "web", "-b", "13.2", "-t", "single");
        run(host, 0, "pot", "snapshot", "-p", "web");
        run(host, 0, "mkdir", "-p", "/srv/images");
        host.setPacer((d, c) -> {
            CapturingListener size = new CapturingListener();
            if (hostRef[0]
                            .run(ExecRequest.of("stat", "-f", "%z", "/srv/images/web_1.0.xz"), size)
                            .exitCode()
                    == 0) {
                sizes.add(Long.parseLong(size.stdout().get(0)));
            }
        });
        run(host, 0, "pot", "export", "-p", "web", "-t", "1.0", "-D", "/srv/images");
        assertThat(sizes).hasSizeGreaterThan(10).isSorted();
        assertThat(sizes.get(0)).isLessThan(sizes.get(sizes.size() - 1));
        assertThat(run(host, 0, "stat", "-f", "%z", "/srv/images/web_1.0.xz.skein")
                        .stdout())
                .containsExactly("257");

        Cancellation cancel = new Cancellation();
        host.setPacer((d, c) -> {
            cancel.cancel();
            Pacer.instant().pause(d, c);
        });
        ExecRequest again = ExecRequest.of("pot", "export", "-p", "web", "-t", "2.0", "-D", "/srv/images")
                .withCancellation(cancel);
        assertThatThrownBy(() -> host.run(again, ExecListener.NONE)).isInstanceOf(ExecCancelledException.class);
        host.setPacer(Pacer.instant());
        run(host, 1, "test", "-f", "/srv/images/web_2.0.xz.skein");
        run(host, 1, "test", "-f", "/srv/images/web_2.0.xz.meta");
    }

    @Test
    void anExportedImageIsARealXzFileOfTheRecordedSize() throws Exception {
        SandboxHost host = SandboxHost.recordedHost(CLOCK);
        run(host, 0, "pot", "create", "-p", "web", "-b", "13.2", "-t", "single");
        run(host, 0, "pot", "snapshot", "-p", "web");
        run(host, 0, "mkdir", "-p", "/tmp/images");
        run(host, 0, "pot", "export", "-p", "web", "-t", "1.0", "-D", "/tmp/images");
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("sandbox-image", ".xz");
        try (java.io.InputStream in = host.files().orElseThrow().read("/tmp/images/web_1.0.xz")) {
            java.nio.file.Files.write(copy, in.readAllBytes());
            // The size transcript 57 recorded for this pot on pot 0.16.0.
            assertThat(java.nio.file.Files.size(copy)).isEqualTo(888236);
            potconsole.engine.image.XzSummary.deepCheck(copy, 1);
            assertThat(potconsole.engine.image.XzSummary.read(copy).blocks()).isEqualTo(1);
        } finally {
            java.nio.file.Files.delete(copy);
        }
    }

    @Test
    void revertRollsPotConfBack() {
        SandboxHost host = SandboxHost.recordedHost(CLOCK);
        run(host, 0, "pot", "create", "-p", "web", "-b", "13.2", "-t", "single");
        run(host, 0, "pot", "snapshot", "-p", "web");
        run(host, 0, "pot", "set-cmd", "-p", "web", "-c", "nginx");
        assertThat(run(host, 0, "cat", "/opt/pot/jails/web/conf/pot.conf").stdout())
                .contains("pot.cmd=nginx");
        run(host, 0, "pot", "revert", "-p", "web");
        assertThat(run(host, 0, "cat", "/opt/pot/jails/web/conf/pot.conf").stdout())
                .contains("pot.cmd=sh /etc/rc")
                .doesNotContain("pot.cmd=nginx");
    }

    @Test
    void unknownFlavourAndStopOfAWedgedPot() {
        SandboxHost host = SandboxHost.recordedHost(CLOCK);
        assertThat(run(host, 1, "pot", "create", "-p", "x", "-b", "13.2", "-t", "single", "-f", "nope")
                        .stdout())
                .containsExactly("###>  Flavour nope not found");
        assertThat(run(host, 0, "pot", "stop", "nosuch").stdout())
                .containsExactly("###>  The pot nosuch is not a valid pot");
        run(host, 0, "pot", "create", "-p", "x", "-b", "13.2", "-t", "single");
        assertThat(run(host, 1, "pot", "stop", "x").stdout())
                .containsExactly("###>  pot x is not in a state where it can be stopped");
    }

    @Test
    void realisticPacerWaitsButCancelEndsTheWaitAtOnce() {
        Cancellation c = new Cancellation();
        long t0 = System.nanoTime();
        c.cancel();
        assertThatThrownBy(() -> Pacer.realistic().pause(Duration.ofHours(1), c))
                .isInstanceOf(ExecCancelledException.class);
        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofMinutes(1).toNanos());
    }
}
