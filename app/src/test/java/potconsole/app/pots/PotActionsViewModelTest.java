package potconsole.app.pots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The lifecycle actions without a toolkit: inline jobs, a fake dialog service that records and answers. */
class PotActionsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
    private final HostEntry host = new HostEntry("Sandbox", true, new PotService(sandbox, Privilege.NONE, CLOCK));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));
    private final TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
    private final PotActionsViewModel actions = new PotActionsViewModel(pots, tasks, dialogs);

    private void select(String... names) {
        actions.select(pots.allRows().stream()
                .filter(r -> List.of(names).contains(r.name()))
                .toList());
    }

    private PotState state(String name) {
        return pots.allRows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow()
                .pot()
                .state();
    }

    @Test
    void enablementFollowsTheSelectionAndSaysWhy() {
        poller.refresh(host);
        select("nginx");
        assertThat(actions.whyNotStop().get()).isEmpty();
        assertThat(actions.whyNotStart().get()).isEqualTo("nginx is running: nothing to start");
        assertThat(actions.whyNotSnapshot().get()).contains("stop nginx first");
        assertThat(actions.whyNotExec().get()).isEmpty();
        select("web", "nginx");
        assertThat(actions.whyNotStart().get()).isEmpty();
        assertThat(actions.whyNotRename().get()).as("one pot at a time").isEqualTo("select exactly one pot");
        select("base-13_2");
        assertThat(actions.whyNotDestroy().get())
                .as("level-0 pots go with their base")
                .contains("destroy the base");
        actions.select(List.of());
        assertThat(actions.whyNotStop().get()).isEqualTo("select a pot first");
    }

    /** The real host: a pot stopped behind the console's back; the next refresh must disable Stop on the same row. */
    @Test
    void enablementFollowsARefreshThatChangesTheSelectedPot() {
        poller.refresh(host);
        select("nginx");
        javafx.beans.binding.StringBinding stop = actions.whyNotStop();
        javafx.beans.binding.StringBinding start = actions.whyNotStart();
        assertThat(stop.get()).isEmpty();
        host.service().execute(new potconsole.engine.command.StopCommand("nginx"));
        poller.refresh(host);
        assertThat(stop.get()).isEqualTo("nginx is stopped: nothing to stop");
        assertThat(start.get()).isEmpty();
        actions.stop();
        assertThat(tasks.tasks())
                .as("no command is sent for a pot that is not running")
                .isEmpty();
    }

    @Test
    void aWedgedPotIsExplainedAndRecoveredByStopThenStart() {
        poller.refresh(host);
        // The status file says started, the jail is gone: what a crash or a reboot leaves.
        host.service().execute(potconsole.engine.command.StartCommand.of("web"));
        sandbox.loseJail("web");
        poller.refresh(host);
        assertThat(state("web")).isEqualTo(PotState.WEDGED);
        select("web");
        assertThat(actions.whyNotStart().get()).isEmpty();
        actions.start();
        assertThat(dialogs.shown.get(0))
                .startsWith("confirm: web is wedged")
                .contains("no jail of that name", "pot stop web, then pot start web");
        assertThat(state("web")).isEqualTo(PotState.RUNNING);
        assertThat(tasks.tasks().get(0).title()).isEqualTo("recover web (pot stop, then pot start)");
    }

    @Test
    void bulkSnapshotNamesTheRunningPotsItSkipped() {
        poller.refresh(host);
        select("web", "nginx", "multi");
        actions.snapshot();
        assertThat(dialogs.shown).containsExactly("info: pot only snapshots stopped pots; not taken for: nginx");
        assertThat(pots.allRows().stream()
                        .filter(r -> r.name().equals("multi"))
                        .findFirst()
                        .orElseThrow()
                        .pot()
                        .snapshots())
                .hasSize(1);
    }

    @Test
    void destroyNamesWhatIsLostAndWhatBlocksBeforeSendingAnything() {
        poller.refresh(host);
        dialogs.confirm = false;
        select("web");
        actions.destroy();
        assertThat(dialogs.shown.get(0))
                .as("a pot with clones is refused by ZFS: nothing is sent, nothing offered")
                .startsWith(
                        "error: web-staging was cloned from web: ZFS refuses to destroy it while that clone exists");
        assertThat(tasks.tasks()).isEmpty();
        select("db");
        actions.destroy();
        assertThat(dialogs.shown.get(1))
                .contains(
                        "It is running: it will be stopped first",
                        "nginx depends on it: pot keeps that dependency in its pot.conf");
        dialogs.confirm = true;
        boolean[] cleared = {false};
        actions.setSelectionClearer(() -> cleared[0] = true);
        select("web-staging");
        actions.destroy();
        assertThat(cleared[0]).as("the selection must not jump to a neighbour").isTrue();
        assertThat(pots.allRows()).extracting(PotRow::name).doesNotContain("web-staging");
    }

    @Test
    void aDependencyOnADestroyedPotIsShownAsAProblem() {
        poller.refresh(host);
        host.service()
                .execute(new potconsole.engine.command.DestroyCommand(
                        potconsole.engine.command.DestroyCommand.Target.POT, "db", true, false, false));
        poller.refresh(host);
        PotRow nginx = pots.allRows().stream()
                .filter(r -> r.name().equals("nginx"))
                .findFirst()
                .orElseThrow();
        assertThat(PotDetailsViewModel.problems(nginx))
                .singleElement()
                .asString()
                .contains("Depends on db, which does not exist on Sandbox");
    }

    @Test
    void startStopAndAFailingStartShowPotsMessage() {
        poller.refresh(host);
        select("web");
        actions.start();
        assertThat(state("web")).isEqualTo(PotState.RUNNING);
        actions.select(
                pots.allRows().stream().filter(r -> r.name().equals("web")).toList());
        actions.stop();
        assertThat(state("web")).isEqualTo(PotState.STOPPED);
        select("batch");
        actions.start();
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("error: batch's command exited with status 3"));
    }

    @Test
    void detailsEditsSendTheCommandOrExplainTheRefusal() {
        poller.refresh(host);
        PotDetailsViewModel details = new PotDetailsViewModel(tasks, dialogs);
        details.selectedProperty()
                .set(pots.allRows().stream().filter(r -> r.name().equals("web")).findFirst());
        assertThat(details.setResources("", "lots"))
                .hasValueSatisfying(p -> assertThat(p).contains("not a valid memory"));
        assertThat(details.exportPorts("80:8080")).isEmpty();
        assertThat(details.lastAnswerProperty().get())
                .contains(
                        "pot export-ports -p web -e 80:8080",
                        "Only public-bridge and private-bridge network type can export ports");
        assertThat(details.setAttribute(potconsole.engine.model.Attribute.DEVFS_RULESET, "4x"))
                .hasValueSatisfying(p -> assertThat(p).contains("whole number"));
        details.selectedProperty()
                .set(pots.allRows().stream()
                        .filter(r -> r.name().equals("nginx"))
                        .findFirst());
        details.refreshUsage();
        assertThat(details.usageProperty().get()).isEqualTo("To get resource usage, rctl has to be enabled");
    }

    @Test
    void renameIsCheckedBeforeAnythingRuns() {
        poller.refresh(host);
        select("web-staging");
        dialogs.answer = "web";
        actions.naming().rename();
        assertThat(dialogs.shown)
                .containsExactly("prompt: Rename web-staging refused: A pot named web already exists on Sandbox");
        dialogs.answer = "bad.name";
        actions.naming().rename();
        assertThat(dialogs.shown.get(1)).contains("pot does not allow '.'");
        dialogs.answer = "web-next";
        actions.naming().rename();
        assertThat(pots.allRows()).extracting(PotRow::name).contains("web-next").doesNotContain("web-staging");
    }
}
