package potconsole.app.main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import potconsole.app.dialog.DialogChrome;
import potconsole.app.theme.WindowPlacement;
import potconsole.engine.exec.DeferredRunner;
import potconsole.engine.host.HostStore;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.journal.Journal;
import potconsole.engine.sandbox.SandboxHost;

/** Starts the console: the sandbox host is always there; saved SSH hosts come from the XDG config dir. */
public final class PotConsoleApp extends Application {
    private Console console;

    public static void main(String[] args) {
        mark("main");
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
        // Files earlier versions left readable by others are narrowed before anything reads them; one notice says so.
        Optional<String> madePrivate = UserDirectories.makePrivate();
        console = new Console(stage, new Journal(Journal.defaultFile()));
        stage.setTitle("Pot Console");
        // The sandbox seeds its demo state (a few dozen pot commands) once the window is up, so it does not compete
        // with the first frame for the CPU; until then the sidebar says "reading…" and its first refresh waits.
        var demo = new CompletableFuture<SandboxHost>();
        afterFirstFrame(() -> {
            Thread seeding = new Thread(
                    () -> {
                        try {
                            demo.complete(SandboxHost.demo());
                        } catch (RuntimeException failure) {
                            demo.completeExceptionally(failure);
                        }
                    },
                    "sandbox-seed");
            seeding.setDaemon(true);
            seeding.start();
        });
        stage.setScene(console.build(new DeferredRunner(demo, "sandbox"), new HostStore(HostStore.defaultFile())));
        mark("scene");
        // Every window: a first size that fits the screen, remembered size and position, centred on its owner.
        DialogChrome.watchAllWindows();
        WindowPlacement placement = WindowPlacement.standard();
        placement.placeMain(stage, "main", 1400, 860);
        placement.rememberColumns(console.view().potsView().table(), "pots", stage);
        stage.show();
        madePrivate.ifPresent(console.view()::notice);
        mark("shown");
        if (Boolean.getBoolean("potconsole.exitAfterFirstFrame")) {
            reportFirstFrameAndExit();
        }
    }

    /** Runs once, on the FX thread, after the first frame has been rendered. */
    private static void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The first pulse renders the first frame; the second comes after it.
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
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
        afterFirstFrame(() -> {
            mark("first-frame");
            Platform.exit();
        });
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
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }
}
