package potconsole.engine.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import potconsole.engine.command.AddDepCommand;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.Privilege;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** Each finding on the demo sandbox: a state that produces it, and the demo as seeded, which does not. */
class DoctorSandboxTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private SandboxHost host;
    private SandboxFaults faults;
    private PotService service;

    @BeforeEach
    void setUp() {
        host = SandboxHost.demoForTests(CLOCK);
        faults = SandboxFaults.of(host);
        service = new PotService(host, Privilege.NONE);
    }

    private List<Finding> findings() {
        HostInventory inv = service.inventory();
        return Doctor.examine(inv, DoctorReader.read(service, inv, new Cancellation()));
    }

    private List<String> kinds() {
        return findings().stream()
                .map(f -> f.kind() + ":" + String.join(",", f.pots()))
                .toList();
    }

    @Test
    void theSeededDemoHasOnlyTheExpectedNotes() {
        // nginx has two snapshots (export would refuse), and rctl is off: nothing else is wrong with the demo.
        assertThat(kinds()).containsExactlyInAnyOrder("export-refused:nginx", "racct-off:");
    }

    @Test
    void wedgedIsFoundAndItsFixStartsThePotAgain() {
        assertThat(kinds()).noneMatch(k -> k.startsWith("wedged"));
        faults.wedge("db");
        Finding f = findings().stream()
                .filter(x -> x.kind().equals("wedged"))
                .findFirst()
                .orElseThrow();
        assertThat(f.pots()).containsExactly("db");
        assertThat(f.evidence()).contains("jls: no jail named db");
        assertThat(f.fix()).extracting(FixStep::display).containsExactly("pot stop db", "pot start db");
        DoctorReader.fix(service, f, ExecListener.NONE, new Cancellation());
        assertThat(service.inventory().pot("db").orElseThrow().state()).isEqualTo(PotState.RUNNING);
        assertThat(kinds()).noneMatch(k -> k.startsWith("wedged"));
    }

    @Test
    void aStatusFileFromBeforeTheBootIsStaleNotWedged() {
        faults.staleStatus("web");
        List<Finding> all = findings();
        assertThat(all).extracting(Finding::kind).contains("stale-status").doesNotContain("wedged");
        Finding f = all.stream()
                .filter(x -> x.kind().equals("stale-status"))
                .findFirst()
                .orElseThrow();
        assertThat(f.fix()).extracting(FixStep::display).containsExactly("rm -f /tmp/pot_status_web");
        DoctorReader.fix(service, f, ExecListener.NONE, new Cancellation());
        assertThat(service.inventory().pot("web").orElseThrow().state()).isEqualTo(PotState.STOPPED);
        assertThat(kinds()).noneMatch(k -> k.startsWith("stale-status"));
    }

    @Test
    void aStatusFileWrittenAfterTheBootIsWedged() {
        faults.wedge("nginx").bootedAt(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(kinds()).contains("wedged:nginx").noneMatch(k -> k.startsWith("stale-status"));
    }

    @Test
    void doaIsFoundAndStopClearsIt() {
        faults.doa("web");
        Finding f = findings().stream()
                .filter(x -> x.kind().equals("doa"))
                .findFirst()
                .orElseThrow();
        assertThat(f.fix()).extracting(FixStep::display).containsExactly("pot stop web");
        DoctorReader.fix(service, f, ExecListener.NONE, new Cancellation());
        assertThat(kinds()).noneMatch(k -> k.startsWith("doa"));
    }

    @Test
    void aNonPersistentPotWhileItsStartWaitsIsANote() {
        // batch exited at seed time (no pid file): no finding. While it runs, pot start is still waiting for it.
        assertThat(kinds()).noneMatch(k -> k.startsWith("start-blocking"));
        faults.applicationRunning("batch");
        Finding f = findings().stream()
                .filter(x -> x.kind().equals("start-blocking"))
                .findFirst()
                .orElseThrow();
        assertThat(f.pots()).containsExactly("batch");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.fix()).isEmpty();
    }

    @Test
    void aDependencyOnADestroyedPotDangles() {
        service.execute(new AddDepCommand("web", "multi"));
        assertThat(kinds()).noneMatch(k -> k.startsWith("dangling-dependency"));
        service.execute(DestroyCommand.pot("multi"));
        assertThat(kinds()).contains("dangling-dependency:web");
    }

    @Test
    void aGoneReferencePotOrBaseIsFound() {
        faults.editConf("multi", "pot.potbase", "vanished");
        faults.editConf("demo", "pot.base", "12.0");
        assertThat(kinds()).contains("base-gone:multi", "base-gone:demo");
    }

    @Test
    void aCachedImageWithoutItsSkeinIsPoisoned() {
        faults.poisonCache("web", "2.0", 4096);
        Finding f = findings().stream()
                .filter(x -> x.kind().equals("poisoned-cache"))
                .findFirst()
                .orElseThrow();
        assertThat(f.evidence()).contains("/var/cache/pot/web_2.0.xz: 4096 bytes");
        assertThat(f.fix().get(0).display())
                .isEqualTo("rm -f /var/cache/pot/web_2.0.xz /var/cache/pot/web_2.0.xz.meta");
        DoctorReader.fix(service, f, ExecListener.NONE, new Cancellation());
        assertThat(kinds()).noneMatch(k -> k.startsWith("poisoned-cache"));
    }

    @Test
    void twoPotsWithOneAddressConflict() {
        String ip =
                service.inventory().pot("nginx").orElseThrow().network().ips().get(0);
        faults.editConf("web", "network_type", "public-bridge").editConf("web", "ip", ip);
        assertThat(kinds()).contains("ip-conflict:nginx,web");
    }

    @Test
    void aPublicBridgeAddressOutsidePotNetwork() {
        faults.editConf("nginx", "ip", "192.168.7.7");
        assertThat(kinds()).contains("outside-network:nginx");
    }

    @Test
    void aNearlyFullPoolIsFound() {
        faults.fill(89);
        assertThat(kinds()).noneMatch(k -> k.startsWith("dataset-full"));
        faults.fill(95);
        Finding f = findings().stream()
                .filter(x -> x.kind().equals("dataset-full"))
                .findFirst()
                .orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        faults.fill(99);
        assertThat(findings())
                .filteredOn(x -> x.kind().equals("dataset-full"))
                .extracting(Finding::severity)
                .containsExactly(Severity.PROBLEM);
    }

    @Test
    void exportRefusalIsOnlyForSinglePotsWithSeveralSnapshots() {
        assertThat(kinds()).contains("export-refused:nginx").doesNotContain("export-refused:web");
    }

    @Test
    void redirectsFlushedBehindPotsBackAreFoundAndRestartReloadsThem() {
        faults.dropRedirects("nginx");
        Finding f = findings().stream()
                .filter(x -> x.kind().equals("rdr-missing"))
                .findFirst()
                .orElseThrow();
        assertThat(f.pots()).containsExactly("nginx");
        assertThat(f.fix()).extracting(FixStep::display).containsExactly("pot stop nginx", "pot start nginx");
    }

    @Test
    void pfDisabledIsOneHostFindingFixedByVnetStart() {
        faults.pfDisabled();
        List<Finding> pf =
                findings().stream().filter(x -> x.kind().equals("pf-disabled")).toList();
        assertThat(pf).hasSize(1);
        assertThat(pf.get(0).pots()).contains("nginx", "db");
        assertThat(pf.get(0).fix()).extracting(FixStep::display).containsExactly("pot vnet-start");
    }

    @Test
    void rctlOnRemovesTheNote() {
        faults.racct(true);
        assertThat(kinds()).doesNotContain("racct-off:");
    }
}
