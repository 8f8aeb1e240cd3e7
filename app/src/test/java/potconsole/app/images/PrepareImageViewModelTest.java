package potconsole.app.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.Attribute;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** "Run (pot prepare)" from the registry browser, on the sandbox (issue 20 item 2). */
class PrepareImageViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final HostEntry host =
            new HostEntry("Sandbox", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
    private final PrepareImageViewModel model = new PrepareImageViewModel(host, tasks);

    private void fill() {
        model.urlProperty().set("file:///tmp/images");
        model.potProperty().set("web");
        model.tagProperty().set("1.0");
        model.nameProperty().set("job");
        model.allocationProperty().set("7");
        model.commandProperty().set("sleep 60");
        model.startProperty().set(false);
    }

    @Test
    void theExactPrepareLineIsPreviewedAndABadValueIsRefusedWithItsReason() {
        fill();
        assertThat(model.previewProperty().get())
                .isEqualTo("pot prepare -U file:///tmp/images -p web -t 1.0 -a 7 -n job -c 'sleep 60' -N inherit");
        assertThat(model.problemProperty().get()).isEmpty();

        model.allocationProperty().set("a b");
        assertThat(model.previewProperty().get()).isEmpty();
        assertThat(model.problemProperty().get()).contains("allocation id");
        assertThat(model.run()).isEmpty();
    }

    @Test
    void runningPreparesThePotOnTheHostAsPotDoes() {
        fill();
        model.portsProperty().set("80, tcp:443");

        assertThat(model.run()).contains("job_7");

        assertThat(dialogs.shown).as("no failure").isEmpty();
        poller.refresh(host);
        var pot = host.pot("job_7").orElseThrow();
        assertThat(pot.cmd()).contains("sleep 60");
        assertThat(pot.exportedPorts()).hasSize(2);
        assertThat(pot.attribute(Attribute.PRUNABLE)).isEqualTo("YES");
        assertThat(pot.attribute(Attribute.NO_RC_SCRIPT)).isEqualTo("YES");
        assertThat(host.pot("web_1_0"))
                .as("the imported image stays as the host's cache")
                .isPresent();
    }
}
