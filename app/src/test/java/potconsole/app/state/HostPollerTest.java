package potconsole.app.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import potconsole.engine.command.StartCommand;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

class HostPollerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final PotService service = new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK);
    private final HostEntry host = new HostEntry("Sandbox", true, service);
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);

    /**
     * A non-persistent pot's start lasts as long as its command: while that task runs, its host is read at every
     * tick, so the row says running long before the task ends (it said stopped until F5).
     */
    @Test
    void aHostWithARunningTaskIsReadAtEveryTick() {
        poller.refresh(host);
        assertThat(host.pot("web").orElseThrow().state()).isEqualTo(PotState.STOPPED);
        service.execute(StartCommand.of("web"));
        poller.tick(List.of(host), Set::of);
        assertThat(host.pot("web").orElseThrow().state())
                .as("not due yet and no task on it: not read")
                .isEqualTo(PotState.STOPPED);
        poller.tick(List.of(host), () -> Set.of("Sandbox"));
        assertThat(host.pot("web").orElseThrow().state()).isEqualTo(PotState.RUNNING);
    }
}
