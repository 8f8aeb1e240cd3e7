package potconsole.engine.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import potconsole.engine.command.StopCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.model.HostInventory;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The host sampler on the sandbox: one exec per sample for every running pot, figures that move, rctl off said. */
class HostSamplerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private SandboxHost host;
    private final List<ExecRequest> sent = new ArrayList<>();
    private PotService service;

    @BeforeEach
    void setUp() {
        host = SandboxHost.demoForTests(CLOCK);
        CommandRunner counting = new CommandRunner() {
            @Override
            public ExecResult run(ExecRequest request, ExecListener listener) {
                sent.add(request);
                return host.run(request, listener);
            }

            @Override
            public String describe() {
                return "counting sandbox";
            }
        };
        service = new PotService(counting, Privilege.NONE);
    }

    @Test
    void oneExecSamplesEveryRunningPotAndTheFiguresMove() {
        SandboxFaults.of(host).racct(true).crowd("busy", 30);
        HostInventory inv = service.inventory();
        List<String> running = HostSampler.running(inv);
        assertThat(running).hasSizeGreaterThanOrEqualTo(32).contains("nginx", "db", "busy001", "busy030");
        sent.clear();

        List<UsageReading> first = HostSampler.sample(service, running, CLOCK, new Cancellation());
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).script()).isPresent();
        List<UsageReading> second = HostSampler.sample(service, running, CLOCK, new Cancellation());
        assertThat(sent).hasSize(2);

        assertThat(first).extracting(UsageReading::pot).containsExactlyElementsOf(running);
        assertThat(first).allSatisfy(r -> assertThat(r.sample()).isPresent());
        assertThat(first.get(0).sample().orElseThrow().rssBytes()).isGreaterThan(1L << 20);
        List<Double> cpu1 =
                first.stream().map(r -> r.sample().orElseThrow().cpuPercent()).toList();
        List<Double> cpu2 =
                second.stream().map(r -> r.sample().orElseThrow().cpuPercent()).toList();
        assertThat(cpu2).isNotEqualTo(cpu1);
        assertThat(HostSampler.rctlOff(first)).isFalse();
    }

    @Test
    void rctlOffIsSaidOnceForTheHostAndNothingRunsWhenNothingIsRunning() {
        HostInventory inv = service.inventory();
        List<UsageReading> readings = HostSampler.sample(service, HostSampler.running(inv), CLOCK, new Cancellation());
        assertThat(readings).isNotEmpty().allSatisfy(r -> assertThat(r.sample()).isEmpty());
        assertThat(readings.get(0).refusal()).contains("To get resource usage, rctl has to be enabled");
        assertThat(HostSampler.rctlOff(readings)).isTrue();
        assertThat(HostSampler.RCTL_OFF).contains("kern.racct.enable=1", "/boot/loader.conf");

        sent.clear();
        assertThat(HostSampler.sample(service, List.of(), CLOCK, new Cancellation()))
                .isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void aPotThatStoppedSinceTheInventoryIsRefusedAloneAndLeavesTheHistory() {
        SandboxFaults.of(host).racct(true);
        HostUsageHistory history = new HostUsageHistory();
        List<String> running = HostSampler.running(service.inventory());
        history.add(HostSampler.sample(service, running, CLOCK, new Cancellation()));
        assertThat(history.pots()).containsExactlyInAnyOrderElementsOf(running);

        service.execute(new StopCommand("db"));
        List<UsageReading> after = HostSampler.sample(service, running, CLOCK, new Cancellation());
        UsageReading db =
                after.stream().filter(r -> r.pot().equals("db")).findFirst().orElseThrow();
        assertThat(db.refusal()).hasValueSatisfying(r -> assertThat(r).contains("not running"));
        history.add(after);
        assertThat(history.pots()).doesNotContain("db").contains("nginx");
        assertThat(history.of("nginx", Duration.ofMinutes(10))).hasSize(2);
    }
}
