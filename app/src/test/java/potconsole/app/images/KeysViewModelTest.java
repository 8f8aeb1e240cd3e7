package potconsole.app.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.KeyRing;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The signing keys window's model without a toolkit: jobs run inline, dialogs are recorded. */
class KeysViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final HostEntry host =
            new HostEntry("Sandbox", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final TasksViewModel tasks =
            new TasksViewModel(JobRunner.inline(), CLOCK, new RecordingDialogs(), h -> poller.refresh(h));

    @TempDir
    Path workstation;

    private KeysViewModel model() {
        return new KeysViewModel(
                new KeyRing(workstation.resolve("keys")), List.of(host), HostEntry::inventory, tasks, dialogs);
    }

    @Test
    void aGeneratedPairIsListedAsOneThatSigns() {
        KeysViewModel model = model();
        model.reload();
        assertThat(model.keys()).isEmpty();

        model.generate(" images ");

        assertThat(model.keys()).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("images");
            assertThat(k.secretKey()).isPresent();
        });
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void anImportedPublicKeyIsListedWithoutASecretHalf() throws Exception {
        KeyRing other = new KeyRing(workstation.resolve("elsewhere"));
        Path pub = other.generate("release").publicKey();
        KeysViewModel model = model();

        model.importPublicKey(pub);

        assertThat(model.keys())
                .singleElement()
                .satisfies(k -> assertThat(k.secretKey()).isEmpty());
    }

    @Test
    void aFileThatIsNotAKeyIsRefusedWithADialog() throws Exception {
        Path junk = Files.writeString(workstation.resolve("junk.pub"), "not a key\n");
        KeysViewModel model = model();

        model.importPublicKey(junk);

        assertThat(model.keys()).isEmpty();
        assertThat(dialogs.shown).singleElement().asString().startsWith("error: ");
    }

    @Test
    void aHostNotReadYetSaysSoAndARefreshedOneShowsItsPin() {
        KeysViewModel model = model();
        model.reload();
        assertThat(model.pins())
                .containsExactly(new KeysViewModel.HostPin("Sandbox", "not read yet: refresh the host"));

        poller.refresh(host);
        model.reload();
        assertThat(model.pins())
                .singleElement()
                .satisfies(p -> assertThat(p.pin())
                        .satisfiesAnyOf(
                                pin -> assertThat(pin).isEqualTo(KeysViewModel.NOT_PINNED),
                                pin -> assertThat(pin).startsWith("pinned to ")));
        assertThat(host.inventory()).isNotEqualTo(Optional.empty());
    }
}
