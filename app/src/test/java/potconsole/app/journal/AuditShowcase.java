package potconsole.app.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import potconsole.app.main.Console;
import potconsole.app.pots.PotRow;
import potconsole.app.state.HostEntry;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.sandbox.SandboxHost;

/**
 * Not a test: the console on a real display with the demo sandbox (whose syslogd keeps pot's lines, with a Nomad job
 * and a cron job in its history), for the screenshots in docs/. {@code journal} runs two commands through the console
 * and opens the journal window; {@code ascode} selects web's "As code" tab. Run by hand like DoctorShowcase.
 */
public final class AuditShowcase extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        String what = getParameters().getRaw().isEmpty()
                ? "journal"
                : getParameters().getRaw().get(0);
        Journal journal = Journal.inMemory();
        Console console = new Console(stage, journal);
        Path dir = Files.createTempDirectory("showcase");
        stage.setScene(
                console.build(SandboxHost.demoForTests(Clock.systemUTC()), new HostStore(dir.resolve("h.json"))));
        stage.setTitle("Pot Console");
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        stage.setMaximized(true);
        PauseTransition later = new PauseTransition(Duration.seconds(12));
        later.setOnFinished(e -> {
            if (what.equals("journal")) {
                journal(stage, console, journal);
            } else {
                asCode(console);
            }
        });
        later.play();
    }

    private static void journal(Stage stage, Console console, Journal journal) {
        HostEntry sandbox = console.hosts().hosts().get(0);
        Thread t = new Thread(() -> {
            for (List<String> argv : List.of(
                    List.of("pot", "stop", "nginx"),
                    List.of("pot", "set-attribute", "-p", "web", "-A", "start-at-boot", "-V", "YES"))) {
                sandbox.service().runner().run(ExecRequest.of(argv, true), new CapturingListener());
            }
            Platform.runLater(() -> JournalView.open(
                    stage,
                    new JournalViewModel(
                            journal,
                            Platform::runLater,
                            new HostLogs(
                                    List.of(new HostLogs.Host(
                                            sandbox.name(), sandbox.service().runner())),
                                    console.tasks()::quietly,
                                    Clock.systemUTC()))));
        });
        t.setDaemon(true);
        t.start();
    }

    private static void asCode(Console console) {
        TableView<PotRow> table = console.view().potsView().table();
        table.getItems().stream()
                .filter(r -> r.name().equals("web"))
                .findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
        TabPane tabs = (TabPane) console.view().lookup("#pot-details .tab-pane");
        tabs.getTabs().stream()
                .filter(t -> "tab-as-code".equals(t.getId()))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
