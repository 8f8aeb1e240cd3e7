package potconsole.app.fleet;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.util.Duration;
import potconsole.app.dialog.FxDialogService;
import potconsole.app.jobs.FxJobRunner;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/**
 * The copy dialog on two sandbox hosts, for a look on a real desktop (screenshots): {@code CopyDialogDemo POT [start]}
 * opens it for POT and, with {@code start}, starts the copy after three seconds.
 */
public final class CopyDialogDemo {
    private CopyDialogDemo() {}

    public static void main(String[] args) {
        String pot = args.length > 0 ? args[0] : "web";
        boolean start = args.length > 1 && args[1].equals("start");
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            HostEntry source = new HostEntry("Sandbox", true, new PotService(SandboxHost.demo(), Privilege.NONE));
            HostEntry target = new HostEntry(
                    "Spare sandbox", true, new PotService(SandboxHost.recordedHost(Clock.systemUTC()), Privilege.NONE));
            FxJobRunner jobs = new FxJobRunner();
            HostPoller poller = new HostPoller(jobs, Clock.systemUTC());
            FxDialogService dialogs = new FxDialogService(null);
            TasksViewModel tasks = new TasksViewModel(jobs, Clock.systemUTC(), dialogs, poller::refresh);
            poller.refresh(source);
            poller.refresh(target);
            CopyPotViewModel model = new CopyPotViewModel(
                    source,
                    pot,
                    List.of(source, target),
                    tasks,
                    dialogs,
                    poller::refresh,
                    ImageWriter.Options.defaults(6));
            CopyPotDialog dialog = new CopyPotDialog(null, model);
            dialog.setOnHidden(e -> Platform.exit());
            dialog.show();
            if (start) {
                PauseTransition wait = new PauseTransition(Duration.seconds(3));
                wait.setOnFinished(e -> model.start());
                wait.play();
            }
        });
    }
}
