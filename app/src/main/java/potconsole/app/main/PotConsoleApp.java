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

    /** Seeded while the toolkit starts: the sandbox runs a few dozen pot commands before it has its demo state. */
    private static java.util.concurrent.CompletableFuture<SandboxHost> sandbox;

    public static void main(String[] args) {
        mark("main");
        sandbox = java.util.concurrent.CompletableFuture.supplyAsync(SandboxHost::demo);
        launch(args);
    }

    @Override
    public void init() {
        mark("init");
    }

    @Override
    public void start(Stage stage) {
        mark("start");
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> showUnexpected(stage, e)));
        console = new Console(stage, new Journal(Journal.defaultFile()));
        stage.setTitle("Pot Console");
        // The window opens while the sandbox is still seeding; its first refresh waits for it.
        var demo = sandbox != null ? sandbox : java.util.concurrent.CompletableFuture.supplyAsync(SandboxHost::demo);
        stage.setScene(console.build(
                new potconsole.engine.exec.DeferredRunner(demo, "sandbox"), new HostStore(HostStore.defaultFile())));
        mark("scene");
        stage.show();
        mark("shown");
        if (Boolean.getBoolean("potconsole.exitAfterFirstFrame")) {
            reportFirstFrameAndExit();
        }
    }

    /** Wall-clock milestones (epoch ms) for the start-up benchmark, which knows when it started the process. */
    private static void mark(String what) {
        if (Boolean.getBoolean("potconsole.exitAfterFirstFrame")) {
            System.out.println(what + "-at=" + System.currentTimeMillis());
        }
    }

    /**
     * For the start-up benchmark: prints when the first frame of the main window was rendered, then quits.
     */
    private static void reportFirstFrameAndExit() {
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                mark("first-frame");
                Platform.exit();
            }
        }.start();
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
