package potconsole.engine.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.Privilege;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.NetworkType;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** Space bars, bridge address use and the registry-size cache check, read from the sandbox's one facts exec. */
class SpaceAndBridgesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private SandboxHost host;
    private PotService service;

    @BeforeEach
    void setUp() {
        host = SandboxHost.demoForTests(CLOCK);
        service = new PotService(host, Privilege.NONE);
    }

    @Test
    void spaceHasThePoolTheRootTheCacheAndEveryPotLargestFirst() {
        SandboxFaults.of(host).cached("web", "1.0", 300_000);
        HostInventory inv = service.inventory();
        SpaceReport space = SpaceReport.of(inv, DoctorReader.read(service, inv, new Cancellation()));
        assertThat(space.pool()).hasValueSatisfying(p -> {
            assertThat(p.dataset()).isEqualTo("zroot");
            assertThat(p.used()).isGreaterThan(0);
            assertThat(p.total()).isGreaterThan(p.used());
        });
        assertThat(space.potRoot())
                .hasValueSatisfying(
                        r -> assertThat(r.dataset()).isEqualTo(inv.settings().zfsRoot()));
        assertThat(space.cache()).hasValueSatisfying(c -> assertThat(c.used()).isGreaterThan(300_000));
        assertThat(space.pots())
                .extracting(SpaceReport.Bar::label)
                .containsExactlyInAnyOrderElementsOf(
                        inv.pots().stream().map(p -> p.name()).toList());
        List<Long> used = space.pots().stream().map(SpaceReport.Bar::used).toList();
        assertThat(used).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(SpaceReport.human(3L << 30)).isEqualTo("3.0 GiB");
    }

    @Test
    void bridgesCountTakenAndFreeAsPotnetDoes() {
        SandboxFaults.of(host).crowd("busy", 5);
        HostInventory inv = service.inventory();
        List<BridgeUse> bridges = BridgeUse.of(inv);
        BridgeUse pub = bridges.get(0);
        assertThat(pub.isPublic()).isTrue();
        assertThat(pub.network()).isEqualTo(inv.settings().get("POT_NETWORK"));
        assertThat(pub.pots()).contains("nginx", "busy001", "busy005");
        BridgeUse backend = bridges.stream()
                .filter(b -> b.name().equals("backend"))
                .findFirst()
                .orElseThrow();
        assertThat(backend.isPublic()).isFalse();
        assertThat(backend.pots()).containsExactly("db");
        // network, broadcast, gateway and db's address
        assertThat(backend.taken()).isEqualTo(4);
        assertThat(backend.free()).isEqualTo(backend.size() - 4);
        // public: network, broadcast, gateway, DNS, the backend bridge's whole range, 6 public-bridge pots
        long publicPots = inv.pots().stream()
                .filter(p -> p.network().type() == NetworkType.PUBLIC_BRIDGE)
                .count();
        assertThat(pub.taken()).isEqualTo(4 + backend.size() + publicPots);
    }

    @Test
    void aCachedImageSmallerThanInTheRegistryIsPoisonedAndItsFixRemovesIt() {
        SandboxFaults.of(host).cached("web", "1.0", 300_000);
        HostInventory inv = service.inventory();
        HostFacts facts = DoctorReader.read(service, inv, new Cancellation());
        HostFacts.CacheFile image = facts.cache().stream()
                .filter(f -> f.name().endsWith(".xz"))
                .findFirst()
                .orElseThrow();
        assertThat(Doctor.examine(inv, facts)).extracting(Finding::kind).doesNotContain("poisoned-cache");
        RegistrySizes same = new RegistrySizes("/srv/images", Map.of(image.name(), image.size()));
        assertThat(Doctor.examine(inv, facts, same)).extracting(Finding::kind).doesNotContain("poisoned-cache");

        RegistrySizes bigger = new RegistrySizes("/srv/images", Map.of(image.name(), image.size() + 4096));
        Finding f = Doctor.examine(inv, facts, bigger).stream()
                .filter(x -> x.kind().equals("poisoned-cache"))
                .findFirst()
                .orElseThrow();
        assertThat(f.title()).contains(image.name(), "smaller than in the registry");
        assertThat(f.evidence())
                .contains("registry /srv/images: " + image.name() + " " + (image.size() + 4096) + " bytes");
        assertThat(f.fix())
                .singleElement()
                .satisfies(s -> assertThat(s.display())
                        .startsWith("rm -f ")
                        .contains(inv.settings().get("POT_CACHE") + "/" + image.name()));
        DoctorReader.fix(service, f, ExecListener.NONE, new Cancellation());
        HostFacts after = DoctorReader.read(service, inv, new Cancellation());
        assertThat(after.cache()).extracting(HostFacts.CacheFile::name).doesNotContain(image.name());
    }
}
