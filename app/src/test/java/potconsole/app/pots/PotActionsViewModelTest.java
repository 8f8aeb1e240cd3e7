package potconsole.app.pots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.hosts.HostEntry;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The lifecycle actions without a toolkit: inline jobs, a fake dialog service that records and answers. */
class PotActionsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final HostEntry host =
            new HostEntry("Sandbox", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
    private final PotsViewModel pots = new PotsViewModel(JobRunner.inline(), CLOCK);
    private final PotActionsViewModel actions =
            new PotActionsViewModel(pots, new TasksViewModel(JobRunner.inline(), CLOCK), dialogs);

    private void select(String... names) {
        actions.selection()
                .setAll(pots.allRows().stream()
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
    void enablementFollowsTheSelection() {
        pots.refresh(host);
        select("nginx");
        assertThat(actions.canStop().get()).isTrue();
        assertThat(actions.canStart().get()).isFalse();
        assertThat(actions.canSnapshot().get()).isFalse();
        assertThat(actions.canExec().get()).isTrue();
        select("web", "nginx");
        assertThat(actions.canStart().get()).isTrue();
        assertThat(actions.canRename().get()).as("one pot at a time").isFalse();
        select("base-13_2");
        assertThat(actions.canDestroy().get())
                .as("level-0 pots go with their base")
                .isFalse();
    }

    @Test
    void bulkSnapshotNamesTheRunningPotsItSkipped() {
        pots.refresh(host);
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
    void destroyNamesWhatIsLostAndWhatBlocks() {
        pots.refresh(host);
        dialogs.confirm = false;
        select("web");
        actions.destroy();
        assertThat(dialogs.shown.get(0))
                .contains("Destroy web on Sandbox?", "1 snapshot are", "Blocked: web-staging was cloned from it");
        select("db");
        actions.destroy();
        assertThat(dialogs.shown.get(1)).contains("It is running: it will be stopped first", "nginx depends on it");
        dialogs.confirm = true;
        select("web-staging");
        actions.destroy();
        assertThat(pots.allRows()).extracting(PotRow::name).doesNotContain("web-staging");
    }

    @Test
    void startStopAndAFailingStartShowPotsMessage() {
        pots.refresh(host);
        select("web");
        actions.start();
        assertThat(state("web")).isEqualTo(PotState.RUNNING);
        actions.selection()
                .setAll(pots.allRows().stream()
                        .filter(r -> r.name().equals("web"))
                        .toList());
        actions.stop();
        assertThat(state("web")).isEqualTo(PotState.STOPPED);
        select("batch");
        actions.start();
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("error: batch's command exited with status 3"));
    }

    @Test
    void detailsEditsSendTheCommandOrExplainTheRefusal() {
        pots.refresh(host);
        PotDetailsViewModel details =
                new PotDetailsViewModel(pots, new TasksViewModel(JobRunner.inline(), CLOCK), dialogs);
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
        pots.refresh(host);
        select("web-staging");
        dialogs.answer = "web";
        actions.rename();
        assertThat(dialogs.shown)
                .containsExactly("prompt: Rename web-staging refused: A pot named web already exists on Sandbox");
        dialogs.answer = "bad.name";
        actions.rename();
        assertThat(dialogs.shown.get(1)).contains("pot does not allow '.'");
        dialogs.answer = "web-next";
        actions.rename();
        assertThat(pots.allRows()).extracting(PotRow::name).contains("web-next").doesNotContain("web-staging");
    }
}
