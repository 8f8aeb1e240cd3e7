package potconsole.app.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotRow;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.command.ListCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.DirectoryStore;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.KeyRing;
import potconsole.engine.image.RecentRegistries;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The image dialogs' models without a toolkit (issue 13 items 11 and 12). */
class ImagesViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
    private final HostEntry host = new HostEntry("Sandbox", true, new PotService(sandbox, Privilege.NONE, CLOCK));
    private final PotsViewModel pots = new PotsViewModel(javafx.collections.FXCollections.observableArrayList(host));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final TasksViewModel tasks =
            new TasksViewModel(JobRunner.inline(), CLOCK, new RecordingDialogs(), h -> poller.refresh(h));

    @TempDir
    Path workstation;

    private PotRow row(String name) {
        poller.refresh(host);
        return pots.allRows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theWorkstationModeShowsNoHostSideHints() {
        ExportImageViewModel model = new ExportImageViewModel(row("web"), pots, tasks, dialogs);
        assertThat(model.levelHintProperty().get()).contains("pot compresses on all the host's cores");
        assertThat(model.hostOptionsProperty().get())
                .as("-c and -S on the host")
                .isTrue();

        model.onWorkstationProperty().set(true);

        assertThat(model.levelHintProperty().get()).doesNotContain("host").contains("this workstation");
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(model.engineLine()).matches("liblzma 5\\.\\d+\\.\\d+ \\(" + cores + " threads?\\)");
        assertThat(model.levelHintProperty().get()).endsWith("with " + model.engineLine());
        assertThat(model.hostOptionsProperty().get()).isFalse();
    }

    /** The sandbox's exported web 1.0, copied into a registry folder on this workstation. */
    private Registry workstationRegistry() throws Exception {
        Registry onHost = new Registry(DirectoryStore.onHost(sandbox.files().orElseThrow(), "/tmp/images"));
        onHost.fetch(web(onHost), workstation, HostFiles.Progress.NONE, new Cancellation());
        return new Registry(DirectoryStore.local(workstation));
    }

    private static RegistryEntry web(Registry registry) throws Exception {
        return registry.list().stream()
                .filter(e -> e.name().equals(new ImageName("web", "1.0")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aWorkstationRegistryIsPushedIntoTheHostsCacheByDefault() throws Exception {
        Registry registry = workstationRegistry();
        poller.refresh(host);
        ImportImageViewModel model = new ImportImageViewModel(host, pots, tasks, dialogs);
        model.pushableFrom(registry, web(registry));
        model.potProperty().set("web");
        model.tagProperty().set("1.0");
        model.urlProperty().set(registry.store().urlForHosts());

        assertThat(model.pushProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isEmpty();
        model.importImage();

        assertThat(dialogs.shown).isEmpty();
        assertThat(host.service().names(ListCommand.Kind.POTS)).contains("web_1_0");

        model.pushProperty().set(false);
        assertThat(model.problemProperty().get()).contains("folder on this workstation");
    }

    @Test
    void registriesOpenedAreRememberedAndOffered() throws Exception {
        Files.write(workstation.resolve("web_1.9.xz"), new byte[3]);
        RecentRegistries store = new RecentRegistries(workstation.resolve("state/registries"));
        RegistryViewModel model = new RegistryViewModel(
                tasks, dialogs, name -> Optional.empty(), new KeyRing(workstation.resolve("keys")), store);
        assertThat(model.recent()).isEmpty();

        model.locationProperty().set(workstation.toString());
        model.load();

        assertThat(model.entries()).hasSize(1);
        assertThat(model.recent()).containsExactly(workstation.toString());
        assertThat(new RegistryViewModel(
                                tasks,
                                dialogs,
                                name -> Optional.empty(),
                                new KeyRing(workstation.resolve("keys")),
                                store)
                        .recent())
                .containsExactly(workstation.toString());
    }

    @Test
    void exportRunsOnlyOnceTheTagIsThereAndShowsTheCommandFirst() {
        ExportImageViewModel model = new ExportImageViewModel(row("web"), pots, tasks, dialogs);
        model.tagProperty().set("");
        assertThat(model.problemProperty().get()).isNotEmpty();
        assertThat(model.previewProperty().get()).isEmpty();
        assertThat(model.export()).isEmpty();

        model.tagProperty().set("2.0");

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.previewProperty().get())
                .startsWith("pot export")
                .contains("-p web")
                .contains("-t 2.0");
    }

    @Test
    void importNeedsAPotATagAndARegistry() {
        poller.refresh(host);
        ImportImageViewModel model = new ImportImageViewModel(host, pots, tasks, dialogs);
        assertThat(model.problemProperty().get()).isNotEmpty();
        assertThat(model.importImage()).isEmpty();

        model.potProperty().set("web");
        model.tagProperty().set("1.0");
        model.urlProperty().set("https://images.example.org/pots");

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.previewProperty().get())
                .startsWith("pot import")
                .contains("-p web")
                .contains("-t 1.0");
    }
}
