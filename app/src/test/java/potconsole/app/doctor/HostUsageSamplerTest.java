package potconsole.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.doctor.UsageBands;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;
import potconsole.engine.testkit.SteppingClock;

/**
 * One sampler per host feeds a pot's Usage tab and the host overview: one exec per tick for every running pot, ticking
 * only while a view watches. Inline jobs and a hand-driven ticker, no toolkit.
 */
class HostUsageSamplerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
    private final List<ExecRequest> scripts = new ArrayList<>();
    private final CommandRunner counting = new CommandRunner() {
        @Override
        public ExecResult run(ExecRequest request, ExecListener listener) {
            request.script().ifPresent(s -> scripts.add(request));
            return sandbox.run(request, listener);
        }

        @Override
        public String describe() {
            return "counting sandbox";
        }
    };
    private final HostEntry host = new HostEntry("Sandbox", true, new PotService(counting, Privilege.NONE, CLOCK));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final TasksViewModel tasks =
            new TasksViewModel(JobRunner.inline(), CLOCK, new RecordingDialogs(), poller::refresh);
    private final ManualTicker ticker = new ManualTicker();
    private final HostUsageSampler sampler = new HostUsageSampler(host, tasks, SteppingClock.fiveSeconds(), ticker);

    @Test
    void onePotsTabAndTheHostOverviewShareOneExecPerTick() {
        SandboxFaults.of(sandbox).racct(true).crowd("busy", 12);
        poller.refresh(host);
        UsageViewModel usage = new UsageViewModel(h -> sampler);
        usage.potProperty()
                .set(new PotsViewModel(FXCollections.observableArrayList(host))
                        .allRows().stream()
                                .filter(r -> r.name().equals("busy007"))
                                .findFirst());
        HostUsageViewModel overview = new HostUsageViewModel(sampler);
        assertThat(ticker.tick).as("nothing samples while no view is shown").isNull();

        usage.showing(true);
        overview.showing(true);
        assertThat(ticker.starts).isEqualTo(1);
        scripts.clear();
        ticker.fire();
        ticker.fire();
        assertThat(scripts).as("one exec per tick for 14 running pots").hasSize(2);
        assertThat(sampler.execs()).isEqualTo(2);

        assertThat(usage.samples()).hasSize(2);
        assertThat(usage.statusProperty().get()).startsWith("busy007: memory ");
        List<UsageBands.Band> memory = overview.memoryProperty().get();
        assertThat(memory).hasSize(UsageBands.TOP + 1);
        assertThat(memory.get(memory.size() - 1).name()).isEqualTo("7 other pots");
        assertThat(memory).allSatisfy(l -> assertThat(l.points()).hasSize(2));
        List<String> bands = memory.stream().map(UsageBands.Band::name).toList();
        assertThat(bands.subList(0, UsageBands.TOP))
                .as("by name: a pot keeps its colour")
                .isSorted();
        assertThat(overview.cpuProperty().get()).hasSize(UsageBands.TOP + 1);
        assertThat(overview.statusProperty().get()).contains("14 of 14 running pots sampled in one exec");

        usage.showing(false);
        assertThat(ticker.tick).as("the overview still watches").isNotNull();
        overview.showing(false);
        assertThat(ticker.tick).as("no view left: the sampler stops").isNull();
    }

    @Test
    void rctlOffIsSaidForTheHostWithHowToTurnItOn() {
        poller.refresh(host);
        HostUsageViewModel overview = new HostUsageViewModel(sampler);
        overview.sample();
        assertThat(sampler.rctlOffProperty().get()).isTrue();
        assertThat(overview.statusProperty().get()).contains("kern.racct.enable=1 in /boot/loader.conf", "reboot");
        assertThat(overview.memoryProperty().get()).isEmpty();
    }

    /** Ticks when the test says so. */
    private static final class ManualTicker implements Ticker {
        Runnable tick;
        int starts;

        @Override
        public void start(Runnable t) {
            tick = t;
            starts++;
        }

        @Override
        public void stop() {
            tick = null;
        }

        void fire() {
            tick.run();
        }
    }
}
