package potconsole.app.hosts.setup;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxSetups;
import potconsole.engine.service.PotService;
import potconsole.engine.setup.SetupStep;

/**
 * Opens the wizard on a sandbox host without pot for screenshots on a real display: {@code install} (first step),
 * {@code conf} (the pot.conf form with a value pot refuses), {@code base} (the last step), {@code done}.
 */
public final class SetupWizardDemo {
    private SetupWizardDemo() {}

    public static void main(String[] args) {
        String stage = args.length > 0 ? args[0] : "install";
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            HostEntry host = new HostEntry(
                    "fbsd-new", false, new PotService(SandboxSetups.withoutPot(Clock.systemUTC()), Privilege.NONE));
            RecordingDialogs dialogs = new RecordingDialogs();
            TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), Clock.systemUTC(), dialogs, h -> {});
            SetupWizardViewModel model = new SetupWizardViewModel(host, tasks, dialogs, Clock.systemUTC());
            Stage console = new Stage();
            console.setTitle("Pot Console");
            console.setScene(new Scene(new Label("Pot Console"), 1200, 760));
            console.show();
            SetupWizardView.open(console, model);
            advance(model, stage);
        });
    }

    private static void advance(SetupWizardViewModel model, String stage) {
        int until = switch (stage) {
            case "conf" -> SetupStep.POT_CONF.ordinal();
            case "base" -> SetupStep.BASE.ordinal();
            case "done" -> SetupStep.values().length;
            default -> 0;
        };
        while (model.stepProperty().get().ordinal() < until
                && model.canRun(model.stepProperty().get())) {
            SetupStep before = model.stepProperty().get();
            model.runStep();
            if (model.stepProperty().get() == before) {
                break;
            }
        }
        if (stage.equals("conf")) {
            model.form().field("POT_NETMASK").set("255.255.0.0");
        }
    }
}
