package potconsole.app.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The copy dialog's model on two sandbox hosts, without a toolkit. */
class CopyPotViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final HostEntry source =
            new HostEntry("Sandbox", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
    private final HostEntry target =
            new HostEntry("Spare", true, new PotService(SandboxHost.recordedHost(CLOCK), Privilege.NONE, CLOCK));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);

    private CopyPotViewModel model(String pot) {
        poller.refresh(source);
        poller.refresh(target);
        return new CopyPotViewModel(
                source,
                pot,
                List.of(source, target),
                tasks,
                dialogs,
                poller::refresh,
                new ImageWriter.Options(1, 2, 256 * 1024, Optional.empty()));
    }

    @Test
    void thePlanIsShownBeforeAndAMultiPotIsRefusedWithPotsReason() {
        assertThat(model("web").targets()).containsExactly(target);
        assertThat(model("web").planProperty().get()).contains("mount-in").contains("Exporting snapshot");
        assertThat(model("multi").problemProperty().get()).contains("only single type pot can be exported");
        assertThat(model("multi").start()).isFalse();
    }

    @Test
    void aMoveAsksFirstThenCopiesChecksAndDestroysTheSource() {
        CopyPotViewModel model = model("demo");
        model.moveProperty().set(true);
        model.snapshotFirstProperty().set(true);
        model.newNameProperty().set("demo2");

        assertThat(model.start()).isTrue();

        assertThat(dialogs.shown).anyMatch(s -> s.contains("Move demo"));
        assertThat(model.outcomeProperty().get()).startsWith("moved demo as demo2");
        assertThat(target.pot("demo2")).isPresent();
        assertThat(source.pot("demo")).isEmpty();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
    }

    private CopyPotViewModel model(List<String> pots, HostEntry to) {
        poller.refresh(source);
        poller.refresh(target);
        return new CopyPotViewModel(
                source,
                pots,
                Optional.of(to),
                List.of(source, target),
                tasks,
                dialogs,
                poller::refresh,
                new ImageWriter.Options(1, 2, 256 * 1024, Optional.empty()));
    }

    @Test
    void severalPotsAreCopiedInOneTaskKeepingTheirNamesAndAFinishedCopyCannotStartAgain() {
        CopyPotViewModel model = model(List.of("web", "demo"), target);
        assertThat(model.renamable()).isFalse();
        assertThat(model.problemProperty().get()).contains("demo: Pot demo has no snapshots");
        model.snapshotFirstProperty().set(true);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.planProperty().get()).contains("web\n", "demo\n");

        assertThat(model.start()).isTrue();

        assertThat(model.outcomeProperty().get()).contains("copied web as web", "copied demo as demo");
        assertThat(tasks.tasks()).extracting(t -> t.title()).containsExactly("Copy web, demo to Spare");
        assertThat(target.pot("web")).isPresent();
        assertThat(target.pot("demo")).isPresent();
        assertThat(model.doneProperty().get()).isTrue();
        assertThat(model.start()).isFalse();
        assertThat(tasks.tasks()).hasSize(1);
    }

    @Test
    void aMultiPotAmongSeveralIsRefusedWithPotsReason() {
        CopyPotViewModel model = model(List.of("web", "multi"), target);

        assertThat(model.problemProperty().get())
                .contains("multi: pot multi not supported - only single type pot can be exported");
        assertThat(model.start()).isFalse();
    }

    @Test
    void aNameTakenOnTheTargetIsSaidAndCopyStaysOff() {
        CopyPotViewModel model = model("web");
        model.newNameProperty().set("base-13_2");

        assertThat(model.problemProperty().get()).contains("already exists on Spare");
    }
}
