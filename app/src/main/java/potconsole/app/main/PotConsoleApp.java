package potconsole.app.main;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import potconsole.app.hosts.HostEntry;
import potconsole.app.jobs.FxJobRunner;
import potconsole.app.pots.PotsViewModel;
import potconsole.engine.exec.Privilege;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The composition root of the GUI: theme, the sandbox host (until hosts are configured), the main window. */
public final class PotConsoleApp extends Application {
    private final FxJobRunner jobs = new FxJobRunner();

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> showUnexpected(stage, e)));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        HostEntry sandbox = new HostEntry("Sandbox", true, new PotService(SandboxHost.demo(), Privilege.NONE));
        PotsViewModel pots = new PotsViewModel(sandbox, jobs, Clock.systemUTC());
        MainView view = new MainView(pots);

        Scene scene = new Scene(view, 1360, 760);
        scene.getStylesheets()
                .add(Objects.requireNonNull(PotConsoleApp.class.getResource("/potconsole/app/theme/console.css"))
                        .toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), pots::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), pots::refresh);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        () -> view.potsView().focusFilter());
        stage.setTitle("Pot Console");
        stage.setScene(scene);
        stage.show();
        pots.refresh();
    }

    @Override
    public void stop() {
        jobs.shutdown();
    }

    /** Last resort: a short message up front, the stack trace collapsed under it. */
    private static void showUnexpected(Stage owner, Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Pot Console");
        alert.setHeaderText("Something went wrong");
        alert.setContentText(e.getMessage() == null ? e.toString() : e.getMessage());
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }
}
