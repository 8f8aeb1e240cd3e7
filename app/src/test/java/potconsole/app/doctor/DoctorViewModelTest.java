package potconsole.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotRow;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.doctor.Finding;
import potconsole.engine.doctor.UsageHistory;
import potconsole.engine.doctor.UsageSample;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The doctor's screen and the usage sampler without a toolkit: inline jobs, recorded dialogs. */
class DoctorViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
    private final HostEntry host = new HostEntry("Sandbox", true, new PotService(sandbox, Privilege.NONE, CLOCK));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
    private final DoctorViewModel doctor = new DoctorViewModel(host, tasks, dialogs, CLOCK);

    private Optional<Finding> finding(String kind) {
        return doctor.findings().stream().filter(f -> f.kind().equals(kind)).findFirst();
    }

    @Test
    void aConfirmedFixRunsTheShownCommandsAndTheFindingGoes() {
        SandboxFaults.of(sandbox).wedge("db");
        poller.refresh(host);
        doctor.open();
        Finding wedged = finding("wedged").orElseThrow();
        assertThat(doctor.selectedProperty().get()).as("problems first").isEqualTo(wedged);
        assertThat(doctor.statusProperty().get()).contains("on Sandbox", "1 problem");
        assertThat(doctor.healthProperty().get().orElseThrow().count(PotState.WEDGED))
                .isEqualTo(1);

        dialogs.confirm = false;
        doctor.fix(wedged);
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).contains("pot stop db\npot start db");
        assertThat(finding("wedged")).as("not confirmed: nothing ran").isPresent();

        dialogs.confirm = true;
        doctor.fix(wedged);
        assertThat(host.pot("db").orElseThrow().state()).isEqualTo(PotState.RUNNING);
        assertThat(finding("wedged")).as("read again after the host changed").isEmpty();
        doctor.close();
    }

    @Test
    void aFindingWithoutASafeCommandSaysSo() {
        sandbox.run(
                potconsole.engine.exec.ExecRequest.of("pot", "add-dep", "-p", "web", "-P", "multi"),
                potconsole.engine.exec.ExecListener.NONE);
        sandbox.run(
                potconsole.engine.exec.ExecRequest.of("pot", "destroy", "-p", "multi"),
                potconsole.engine.exec.ExecListener.NONE);
        poller.refresh(host);
        doctor.open();
        Finding dangling = finding("dangling-dependency").orElseThrow();
        assertThat(doctor.whyNoFix(dangling)).contains("no command fixes this safely");
        assertThat(dangling.meaning()).contains("delete the line pot.depend=multi");
    }

    @Test
    void usageSamplesMoveAndStayInTheWindow() {
        SandboxFaults.of(sandbox).racct(true);
        poller.refresh(host);
        PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));
        PotRow nginx = pots.allRows().stream()
                .filter(r -> r.name().equals("nginx"))
                .findFirst()
                .orElseThrow();
        UsageViewModel usage = new UsageViewModel(tasks, CLOCK);
        usage.potProperty().set(Optional.of(nginx));
        usage.sample();
        usage.sample();
        usage.sample();
        assertThat(usage.samples()).hasSize(3);
        assertThat(usage.samples().stream()
                        .map(UsageSample::rssBytes)
                        .distinct()
                        .count())
                .isGreaterThan(1);
        assertThat(usage.statusProperty().get()).startsWith("nginx: memory ");
        PotRow web = pots.allRows().stream()
                .filter(r -> r.name().equals("web"))
                .findFirst()
                .orElseThrow();
        usage.potProperty().set(Optional.of(web));
        assertThat(usage.samples()).as("another pot, another history").isEmpty();
        usage.sample();
        assertThat(usage.statusProperty().get()).contains("web is not running");
    }

    @Test
    void rctlOffIsExplainedWithHowToTurnItOn() {
        poller.refresh(host);
        PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));
        UsageViewModel usage = new UsageViewModel(tasks, CLOCK);
        usage.potProperty()
                .set(pots.allRows().stream()
                        .filter(r -> r.name().equals("nginx"))
                        .findFirst());
        usage.sample();
        assertThat(usage.statusProperty().get())
                .contains("rctl has to be enabled", "kern.racct.enable=1 in /boot/loader.conf");
        assertThat(usage.samples()).isEmpty();
    }

    @Test
    void theRingKeepsTheNewestAndDropsTheOldest() {
        UsageHistory h = new UsageHistory(3);
        for (int i = 0; i < 5; i++) {
            h.add(new UsageSample(Instant.ofEpochSecond(i), i, 0, i));
        }
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.samples()).extracting(UsageSample::rssBytes).containsExactly(2L, 3L, 4L);
        assertThat(h.within(java.time.Duration.ofSeconds(1), Instant.ofEpochSecond(4)))
                .extracting(UsageSample::rssBytes)
                .containsExactly(3L, 4L);
    }
}
