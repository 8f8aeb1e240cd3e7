package potconsole.app.hosts.setup;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.setup.HostSetup;
import potconsole.engine.setup.SetupInputs;
import potconsole.engine.setup.SetupReport;
import potconsole.engine.setup.SetupStep;
import potconsole.engine.setup.SetupStep.Status;

/**
 * The host setup wizard: the probe's findings per step, the step on show with its explanation and exact commands,
 * the pot.conf form and the base's release. A step runs as a task after the person confirmed its commands; then the
 * host is probed again and the wizard moves to the next step that is not done. A failure stops on the step with pot's
 * message. FX thread only.
 */
public final class SetupWizardViewModel {
    private final HostEntry host;
    private final HostSetup setup;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Optional<SetupReport>> report = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObjectProperty<SetupStep> step = new SimpleObjectProperty<>(SetupStep.INSTALL_POT);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final StringProperty release = new SimpleStringProperty("");
    private final PotConfForm form = new PotConfForm();
    private final DeInitConfirmation deInit;

    public SetupWizardViewModel(HostEntry host, TasksViewModel tasks, DialogService dialogs, Clock clock) {
        this.host = host;
        this.setup = HostSetup.of(host.service(), clock);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.deInit = new DeInitConfirmation(host, tasks, dialogs, this::check);
    }

    public String title() {
        return "Set up pot on " + host.name();
    }

    public ReadOnlyObjectProperty<Optional<SetupReport>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObjectProperty<SetupStep> stepProperty() {
        return step;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last failure (pot's message), empty when the last action went well. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public StringProperty releaseProperty() {
        return release;
    }

    public PotConfForm form() {
        return form;
    }

    public DeInitConfirmation deInit() {
        return deInit;
    }

    public List<SetupStep> steps() {
        return List.of(SetupStep.values());
    }

    /** Reads the host (the probe) and shows the first step that is not done. */
    public void check() {
        busy.set(true);
        tasks.run(
                host,
                "Check " + host.name() + " for pot",
                ctx -> setup.probe(ctx.cancellation()),
                this::show,
                this::fail);
    }

    public Status status(SetupStep s) {
        return report.get().map(s::status).orElse(Status.BLOCKED);
    }

    public String explanation(SetupStep s) {
        return report.get().map(s::explanation).orElse("Checking the host…");
    }

    /** The exact commands the step would run now, or why it cannot say (a form value pot would refuse). */
    public String commands(SetupStep s) {
        if (report.get().isEmpty()) {
            return "";
        }
        try {
            List<String> lines = s.commands(report.get().get(), inputs());
            return lines.isEmpty() ? "Nothing to run: this step is done." : String.join("\n", lines);
        } catch (InvalidArgumentException e) {
            return "Fix the form first: " + e.getMessage();
        }
    }

    /** Whether the step on show may run: the host was read, the step is not blocked and has something to run. */
    public boolean canRun(SetupStep s) {
        Status st = status(s);
        return !busy.get()
                && (st == Status.TODO || st == Status.OPTIONAL)
                && !commands(s).startsWith("Fix")
                && !commands(s).startsWith("Nothing")
                && (s != SetupStep.BASE || !releaseText().isEmpty());
    }

    /** Asks with the exact commands, then runs the step as a task. */
    public void runStep() {
        SetupStep s = step.get();
        if (!canRun(s)) {
            return;
        }
        dialogs.confirm(
                s.title(),
                "These commands will run on " + host.name() + " as root:\n\n" + commands(s),
                "Run",
                () -> start(s));
    }

    private void start(SetupStep s) {
        busy.set(true);
        failure.set("");
        tasks.run(
                host,
                s.title() + " on " + host.name(),
                setup.job(s, report.get().orElseThrow(), inputs()),
                this::show,
                this::fail);
    }

    public void next() {
        step.set(SetupStep.values()[Math.min(step.get().ordinal() + 1, SetupStep.values().length - 1)]);
    }

    public void back() {
        step.set(SetupStep.values()[Math.max(step.get().ordinal() - 1, 0)]);
    }

    /** Every required step done: pots can be created on the host. */
    public boolean ready() {
        return report.get()
                .map(r -> steps().stream().filter(SetupStep::required).allMatch(s -> s.done(r)))
                .orElse(false);
    }

    private SetupInputs inputs() {
        return new SetupInputs(form.value(), releaseText());
    }

    /** The release typed or chosen (the combo box may set null while its items change). */
    private String releaseText() {
        return release.get() == null ? "" : release.get().strip();
    }

    private void show(SetupReport r) {
        boolean first = report.get().isEmpty();
        busy.set(false);
        report.set(Optional.of(r));
        if (first || r.potConf().isEmpty()) {
            form.load(r.conf());
            if (!r.interfaces().isEmpty() && !r.interfaces().contains(r.conf().extIf())) {
                form.field("POT_EXTIF").set(r.interfaces().get(0));
            }
        }
        if (releaseText().isEmpty() && !r.releases().isEmpty()) {
            release.set(r.releases().get(r.releases().size() - 1));
        }
        step.set(steps().stream().filter(this::open).findFirst().orElse(SetupStep.BASE));
    }

    /** A step the wizard stops at: required and not done, or optional with something to run. */
    private boolean open(SetupStep s) {
        Status st = status(s);
        return st == Status.TODO || (st == Status.OPTIONAL && !commands(s).startsWith("Nothing"));
    }

    private void fail(Throwable e) {
        busy.set(false);
        ErrorText t = ErrorText.of(e);
        failure.set(t.headline() + (t.details().isBlank() ? "" : "\n" + t.details()));
    }
}
