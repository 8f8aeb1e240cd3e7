package potconsole.app.pots;

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
import potconsole.engine.model.NetworkType;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The create dialog checks an explicit bridge IP like potnet validate, from the host inventory (issue 13 #10). */
class CreatePotViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final HostEntry host =
            new HostEntry("Sandbox", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
    private final PotsViewModel pots = new PotsViewModel(javafx.collections.FXCollections.observableArrayList(host));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);

    private CreatePotViewModel model() {
        poller.refresh(host);
        CreatePotViewModel model = new CreatePotViewModel(
                host,
                pots,
                new TasksViewModel(JobRunner.inline(), CLOCK, new RecordingDialogs(), h -> poller.refresh(h)),
                new RecordingDialogs());
        model.nameProperty().set("x");
        return model;
    }

    @Test
    void anIpOutsidePotNetworkOrAlreadyTakenCannotBeCreated() {
        CreatePotViewModel model = model();
        model.networkProperty().set(NetworkType.PUBLIC_BRIDGE);

        model.ipProperty().set("192.168.1.5");
        assertThat(model.problemProperty().get()).contains("outside POT_NETWORK 10.192.0.0/10");
        assertThat(model.previewProperty().get()).isEmpty();

        model.ipProperty().set("10.192.0.3");
        assertThat(model.problemProperty().get()).contains("pot nginx already has it");

        model.ipProperty().set("10.192.0.60");
        assertThat(model.problemProperty().get()).isEmpty();
        model.ipProperty().set("auto");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aPrivateBridgeIpMustBeInsideThatBridge() {
        CreatePotViewModel model = model();
        model.networkProperty().set(NetworkType.PRIVATE_BRIDGE);
        model.bridgeProperty().set("backend");

        model.ipProperty().set("10.192.0.60");

        assertThat(model.problemProperty().get()).contains("outside the bridge's network");
    }

    @Test
    void theProblemAndThePreviewAreReadFromTheSameDraft() {
        CreatePotViewModel model = model();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.previewProperty().get()).startsWith("pot create").contains(" x");

        model.nameProperty().set("bad.name");
        assertThat(model.problemProperty().get()).isNotEmpty();
        assertThat(model.previewProperty().get()).isEmpty();

        model.nameProperty().set("nginx");
        assertThat(model.problemProperty().get()).isEqualTo("pot nginx already exists on Sandbox");
        assertThat(model.previewProperty().get()).isEmpty();

        model.nameProperty().set("y");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.previewProperty().get()).contains(" y");
    }
}
