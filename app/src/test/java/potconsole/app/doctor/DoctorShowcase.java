package potconsole.app.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import potconsole.app.dialog.FxDialogService;
import potconsole.app.main.Console;
import potconsole.app.pots.PotRow;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;

/**
 * Not a test: the console on a real display with a sandbox in trouble (a wedged pot, a poisoned cache entry, flushed
 * port redirects, rctl on, a cached image, twelve more running pots on the public bridge), for the screenshots in
 * docs/. {@code doctor} opens the doctor, {@code overview}, {@code space} and {@code bridges} one of its tabs; {@code
 * usage} and {@code path} select nginx and show that tab. Run by hand (see docs/DOCTOR.md).
 */
public final class DoctorShowcase extends Application {
    /** The doctor's tabs by argument: the findings, the host overview chart, the space bars, the bridges. */
    private static final Map<String, String> DOCTOR_TABS = Map.of(
            "doctor", "", "overview", "doctor-tab-usage", "space", "doctor-tab-space", "bridges", "doctor-tab-bridges");

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        String what = getParameters().getRaw().isEmpty()
                ? "doctor"
                : getParameters().getRaw().get(0);
        SandboxHost sandbox = SandboxHost.demoForTests(Clock.systemUTC());
        SandboxFaults.of(sandbox)
                .wedge("db")
                .racct(true)
                .poisonCache("web", "2.0", 4096)
                .dropRedirects("nginx")
                .cached("web", "1.0", 48 << 20)
                .crowd("busy", 12);
        Console console = new Console(stage, Journal.inMemory());
        Path dir = Files.createTempDirectory("showcase");
        stage.setScene(console.build(sandbox, new HostStore(dir.resolve("hosts.json"))));
        stage.setTitle("Pot Console");
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        stage.setMaximized(true);
        PauseTransition later = new PauseTransition(Duration.seconds(15));
        later.setOnFinished(e -> {
            if (DOCTOR_TABS.containsKey(what)) {
                Stage doctor = DoctorView.open(
                        stage,
                        new DoctorViewModel(
                                console.hosts().hosts().get(0),
                                console.tasks(),
                                new FxDialogService(stage),
                                Clock.systemUTC()));
                doctor.setWidth(1400);
                doctor.setHeight(900);
                doctor.show();
                TabPane tabs = (TabPane) doctor.getScene().lookup("#doctor-tabs");
                tabs.getTabs().stream()
                        .filter(t -> DOCTOR_TABS.get(what).equals(t.getId()))
                        .findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            } else {
                select(console, what.equals("usage") ? "tab-usage" : "tab-network-path");
            }
        });
        later.play();
    }

    private static void select(Console console, String tabId) {
        TableView<PotRow> table = console.view().potsView().table();
        table.getItems().stream()
                .filter(r -> r.name().equals("nginx"))
                .findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
        TabPane tabs = (TabPane) console.view().lookup("#pot-details .tab-pane");
        tabs.getTabs().stream()
                .filter(t -> tabId.equals(t.getId()))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
