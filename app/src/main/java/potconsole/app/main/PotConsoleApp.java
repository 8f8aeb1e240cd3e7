package potconsole.app.main;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.sandbox.SandboxHost;

/** Starts the console: the sandbox host is always there; saved SSH hosts come from the XDG config dir. */
public final class PotConsoleApp extends Application {
    private Console console;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> showUnexpected(stage, e)));
        console = new Console(stage, new Journal(Journal.defaultFile()));
        stage.setTitle("Pot Console");
        stage.setScene(console.build(SandboxHost.demo(), new HostStore(HostStore.defaultFile())));
        stage.show();
    }

    @Override
    public void stop() {
        if (console != null) {
            console.stop();
        }
    }

    /** Last resort: a short message up front, the technical details collapsed under it. */
    private static void showUnexpected(Stage owner, Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Pot Console");
        alert.setHeaderText("Something went wrong");
        alert.setContentText(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }
}
