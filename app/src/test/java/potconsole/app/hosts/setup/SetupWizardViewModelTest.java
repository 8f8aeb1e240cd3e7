package potconsole.app.hosts.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.sandbox.SandboxSetups;
import potconsole.engine.service.PotService;
import potconsole.engine.setup.DeInitImpact;
import potconsole.engine.setup.SetupStep;
import potconsole.engine.setup.SetupStep.Status;

/** Each wizard step on a bare sandbox host, without a toolkit: what it shows, asks, runs and where it goes next. */
class SetupWizardViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T15:00:00Z"), ZoneOffset.UTC);

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SandboxHost sandbox = SandboxSetups.withoutPot(CLOCK);
    private final HostEntry host = new HostEntry("fresh", false, new PotService(sandbox, Privilege.NONE, CLOCK));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
    private final SetupWizardViewModel model = new SetupWizardViewModel(host, tasks, dialogs, CLOCK);

    private void runShownStep(SetupStep expected) {
        assertThat(model.stepProperty().get()).isEqualTo(expected);
        assertThat(model.canRun(expected)).as("%s can run", expected).isTrue();
        model.runStep();
        assertThat(model.failureProperty().get()).as("failure of %s", expected).isEmpty();
        assertThat(model.status(expected)).isIn(Status.DONE, Status.OPTIONAL);
    }

    @Test
    void installingPotShowsPkgFirstAndAsksBeforeRunningIt() {
        model.check();

        assertThat(model.stepProperty().get()).isEqualTo(SetupStep.INSTALL_POT);
        assertThat(model.explanation(SetupStep.INSTALL_POT)).contains("not installed");
        assertThat(model.commands(SetupStep.INSTALL_POT)).isEqualTo("pkg install -y pot");
        assertThat(model.status(SetupStep.INIT)).isEqualTo(Status.BLOCKED);

        dialogs.confirm = false;
        model.runStep();
        assertThat(dialogs.shown)
                .anyMatch(s -> s.startsWith("confirm: pot installed") && s.contains("pkg install -y pot"));
        assertThat(model.status(SetupStep.INSTALL_POT))
                .as("declined: nothing ran")
                .isEqualTo(Status.TODO);

        dialogs.confirm = true;
        runShownStep(SetupStep.INSTALL_POT);
        assertThat(model.stepProperty().get()).isEqualTo(SetupStep.GROUP);
    }

    @Test
    void thePotConfFormStartsFromPotsDefaultsWithTheHostsNicAndRefusesWhatPotWould() {
        model.check();
        runShownStep(SetupStep.INSTALL_POT);
        runShownStep(SetupStep.GROUP);

        assertThat(model.stepProperty().get()).isEqualTo(SetupStep.POT_CONF);
        assertThat(model.form().field("POT_EXTIF").get())
                .as("em0 is not on this host")
                .isEqualTo("vtnet0");
        assertThat(model.form().field("POT_ZFS_ROOT").get()).isEqualTo("zroot/pot");

        model.form().field("POT_NETMASK").set("255.255.0.0");
        assertThat(model.form().problemsProperty().get()).containsOnlyKeys("POT_NETMASK");
        assertThat(model.canRun(SetupStep.POT_CONF)).isFalse();
        assertThat(model.commands(SetupStep.POT_CONF)).startsWith("Fix the form first");

        model.form().field("POT_NETMASK").set("255.192.0.0");
        assertThat(model.commands(SetupStep.POT_CONF))
                .startsWith("write /usr/local/etc/pot/pot.conf atomically")
                .contains("POT_EXTIF=vtnet0");
        runShownStep(SetupStep.POT_CONF);
        assertThat(model.reportProperty().get().orElseThrow().potConf()).isPresent();
    }

    @Test
    void theWholeWayToABaseThenEveryStepIsDone() {
        model.check();
        for (SetupStep s : SetupStep.values()) {
            runShownStep(s);
        }
        assertThat(model.ready()).isTrue();
        assertThat(model.steps()).allMatch(s -> model.status(s) == Status.DONE);
        assertThat(model.releaseProperty().get()).isEqualTo("14.2");
        poller.refresh(host);
        assertThat(host.inventory().orElseThrow().bases())
                .extracting(b -> b.name())
                .containsExactly("14.2");
    }

    @Test
    void aFailedStepStopsOnItWithTheReasonAndLeavesPotConfAsItWas() {
        model.check();
        runShownStep(SetupStep.INSTALL_POT);
        runShownStep(SetupStep.GROUP);
        model.form().field("POT_EXTIF").set("em0");

        model.runStep();

        assertThat(model.failureProperty().get()).contains("POT_EXTIF is em0, which this host does not have");
        assertThat(model.stepProperty().get()).isEqualTo(SetupStep.POT_CONF);
        assertThat(sandbox.run(ExecRequest.of("test", "-f", "/usr/local/etc/pot/pot.conf"), ExecListener.NONE)
                        .exitCode())
                .as("the pot.conf written is taken back: there was none before")
                .isEqualTo(1);
    }

    @Test
    void deInitNeedsTheHostsNameAndNamesWhatItDestroys() {
        model.check();
        for (SetupStep s : SetupStep.values()) {
            runShownStep(s);
        }
        poller.refresh(host);

        dialogs.answer = "fres";
        model.deInit().ask();
        assertThat(dialogs.shown).last().asString().contains("refused: Type fresh exactly");
        assertThat(model.status(SetupStep.INIT)).isEqualTo(Status.DONE);
        assertThat(DeInitImpact.lines(host.inventory().orElseThrow()))
                .contains("1 base: 14.2", "1 pot: base-14_2", "no fscomps");

        dialogs.answer = "fresh";
        model.deInit().ask();
        assertThat(model.status(SetupStep.INIT)).isEqualTo(Status.TODO);
        assertThat(model.reportProperty().get().orElseThrow().bases()).isEmpty();
    }
}
