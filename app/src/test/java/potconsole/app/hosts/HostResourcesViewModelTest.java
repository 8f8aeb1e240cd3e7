package potconsole.app.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.command.CreateBaseCommand;
import potconsole.engine.command.CreateFscompCommand;
import potconsole.engine.command.CreatePrivateBridgeCommand;
import potconsole.engine.command.PotCommand;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.command.SnapshotTarget;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.HostInventory;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The host resources screen without a toolkit: the sandbox's inventory and a scripted dialog service. */
class HostResourcesViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final HostInventory inv =
            new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK).inventory();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<PotCommand> ran = new ArrayList<>();
    private final HostResourcesViewModel model = new HostResourcesViewModel("Sandbox", inv, dialogs, ran::add);

    @Test
    void listsWhatTheHostHasOrSaysNone() {
        assertThat(model.title()).isEqualTo("Resources of Sandbox");
        assertThat(model.header()).startsWith("Resources of Sandbox (pot ");
        assertThat(model.bases()).hasSize(Math.max(1, inv.bases().size()));
        assertThat(model.settings()).hasSize(Math.max(1, inv.settings().values().size()));
        if (inv.fscomps().isEmpty()) {
            assertThat(model.fscomps()).containsExactly(HostResourcesViewModel.NONE);
        } else {
            assertThat(model.fscomps().get(0)).isEqualTo(inv.fscomps().get(0).name());
        }
    }

    @Test
    void createBaseRunsTheCommandForTheReleaseTyped() {
        dialogs.answer = " 14.1 ";
        model.createBase();
        assertThat(ran).containsExactly(new CreateBaseCommand("14.1", Optional.empty()));
    }

    @Test
    void aNameTheCommandRefusesRunsNothing() {
        dialogs.answer = "no spaces allowed";
        model.createFscomp();
        assertThat(ran).isEmpty();
        assertThat(dialogs.shown).singleElement().asString().startsWith("prompt: Create fscomp refused: ");

        dialogs.answer = "data";
        model.createFscomp();
        assertThat(ran).containsExactly(new CreateFscompCommand("data"));
    }

    @Test
    void aBridgeIsWrittenAsNameColonHosts() {
        dialogs.answer = "backend";
        model.createBridge();
        assertThat(dialogs.shown)
                .containsExactly("prompt: Create private bridge refused: Write it as name:hosts," + " e.g. backend:10");
        dialogs.answer = "backend:many";
        model.createBridge();
        assertThat(dialogs.shown.get(1)).endsWith("'many' is not a number of hosts");

        dialogs.answer = "backend: 10";
        model.createBridge();
        assertThat(ran).containsExactly(new CreatePrivateBridgeCommand("backend", 10));
    }

    /** clone-fscomp through the console's task runner: the exact command first, then the host's next read has it. */
    @Test
    void cloneFscompPreviewsTheCommandRunsItAsATaskAndTheNextReadHasTheClone() {
        SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
        HostEntry host = new HostEntry("Sandbox", true, new PotService(sandbox, Privilege.NONE, CLOCK));
        HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
        TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
        host.service().execute(new CreateFscompCommand("data"));
        host.service().execute(new SnapshotCommand(SnapshotTarget.fscomp("data"), false));
        host.service().execute(new CreateFscompCommand("empty"));
        poller.refresh(host);
        HostResourcesViewModel resources =
                HostResourcesViewModel.forHost(host, host.inventory().orElseThrow(), tasks, dialogs);
        assertThat(resources.fscomps()).contains("data").doesNotContain("data-copy");

        dialogs.answer = "data-copy";
        resources.cloneFscomp("data");
        assertThat(dialogs.shown)
                .containsExactly(
                        "prompt: Clone fscomp data",
                        "confirm: Clone fscomp data | pot clone-fscomp -F data -f data-copy\n\n"
                                + "A ZFS clone of the latest snapshot of data (pot always clones the latest one; it"
                                + " refuses when data has none: take a snapshot of it first).");
        assertThat(tasks.tasks())
                .singleElement()
                .extracting(t -> t.title())
                .isEqualTo("pot clone-fscomp -F data -f data-copy");
        resources.update(host.inventory().orElseThrow());
        assertThat(resources.fscomps()).contains("data", "data-copy");
    }

    @Test
    void cloneFscompOfASourceWithoutSnapshotsShowsPotsRefusalAndAddsNothing() {
        SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
        HostEntry host = new HostEntry("Sandbox", true, new PotService(sandbox, Privilege.NONE, CLOCK));
        HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
        TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
        host.service().execute(new CreateFscompCommand("empty"));
        poller.refresh(host);
        HostResourcesViewModel resources =
                HostResourcesViewModel.forHost(host, host.inventory().orElseThrow(), tasks, dialogs);

        dialogs.answer = "empty";
        resources.cloneFscomp("empty");
        assertThat(dialogs.shown)
                .containsExactly("prompt: Clone fscomp empty refused: The clone needs a name of its own");
        dialogs.answer = "copy";
        resources.cloneFscomp("empty");
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).startsWith("error: ");
        assertThat(String.join("\n", dialogs.shown) + String.join("\n", dialogs.errorDetails))
                .contains("has no snapshots - please take one");
        resources.update(host.inventory().orElseThrow());
        assertThat(resources.fscomps()).contains("empty").doesNotContain("copy");

        resources.cloneFscomp(HostResourcesViewModel.NONE);
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).isEqualTo("info: Select the fscomp to clone first.");
    }
}
