package potconsole.app.fleet;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TaskItem;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.fleet.CopyPlan;
import potconsole.engine.fleet.CopyRequest;
import potconsole.engine.fleet.CopyResult;
import potconsole.engine.fleet.PotCopy;
import potconsole.engine.image.ImageWriter;

/**
 * Copy or move one pot to another host: the target, the name there, move, snapshot-first and keep-image choices; the
 * plan from both hosts' latest inventories, said before anything runs; then the copy as one task whose phase and
 * progress the dialog shows. A move asks first and names what is lost.
 */
public final class CopyPotViewModel {
    private final HostEntry source;
    private final String pot;
    private final List<HostEntry> targets;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Consumer<HostEntry> refresh;
    private final ImageWriter.Options options;
    private final ObjectProperty<HostEntry> target = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty();
    private final BooleanProperty move = new SimpleBooleanProperty();
    private final BooleanProperty snapshotFirst = new SimpleBooleanProperty();
    private final StringProperty keepDirectory = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private TaskItem task;

    public CopyPotViewModel(
            HostEntry source,
            String pot,
            List<HostEntry> hosts,
            TasksViewModel tasks,
            DialogService dialogs,
            Consumer<HostEntry> refresh,
            ImageWriter.Options options) {
        this.source = source;
        this.pot = pot;
        this.targets = hosts.stream().filter(h -> h != source).toList();
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.refresh = refresh;
        this.options = options;
        newName.set(pot);
        targets.stream().findFirst().ifPresent(target::set);
        for (var p : List.of(target, newName, move, snapshotFirst, keepDirectory)) {
            p.addListener((o, was, now) -> replan());
        }
        // A host read again (after the dialog opened, or after another task) changes what the plan says.
        source.inventoryProperty().addListener((o, was, now) -> replan());
        targets.forEach(h -> h.inventoryProperty().addListener((o, was, now) -> replan()));
        replan();
    }

    /** Recomputes the plan from the hosts' latest inventories (no host is asked: it is shown while typing). */
    void replan() {
        if (task != null) {
            return; // after a copy the plan is history: the outcome says what happened
        }
        if (target.get() == null) {
            plan.set("");
            problem.set("No other host: add the host to copy to first");
            return;
        }
        Optional<CopyRequest> request = request();
        if (request.isEmpty()) {
            return;
        }
        if (source.inventory().isEmpty() || target.get().inventory().isEmpty()) {
            plan.set("");
            problem.set("Waiting for both hosts' inventories");
            return;
        }
        CopyPlan p = CopyPlan.of(
                request.get(),
                source.inventory().get(),
                source.name(),
                target.get().inventory().get(),
                target.get().name());
        plan.set(String.join("\n", p.notes()));
        problem.set(String.join("\n", p.refusals()));
    }

    private Optional<CopyRequest> request() {
        try {
            String keep = keepDirectory.get().strip();
            CopyRequest r = new CopyRequest(
                    pot,
                    newName.get().strip(),
                    move.get(),
                    keep.isEmpty() ? Optional.empty() : Optional.of(Path.of(keep)),
                    snapshotFirst.get());
            return Optional.of(r);
        } catch (IllegalArgumentException e) {
            plan.set("");
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Starts the copy (a move after confirming); false when the plan refuses it. */
    public boolean start() {
        replan();
        Optional<CopyRequest> request = request();
        if (request.isEmpty() || !problem.get().isEmpty() || running.get()) {
            return false;
        }
        if (request.get().move()) {
            dialogs.confirm(
                    "Move " + pot,
                    pot + " will be destroyed on " + source.name() + " (with its snapshots) once its copy on "
                            + target.get().name() + " has been checked.",
                    "Move",
                    () -> run(request.get()));
        } else {
            run(request.get());
        }
        return true;
    }

    private void run(CopyRequest request) {
        HostEntry to = target.get();
        PotCopy copy = new PotCopy(source.service(), to.service(), request, options, 500);
        String title = (request.move() ? "Move " : "Copy ") + pot + " to " + to.name();
        running.set(true);
        outcome.set("");
        task = tasks.run(to, title, copy.job(), this::succeeded, e -> failed(title, e));
        phase.bind(task.phaseProperty());
        progress.bind(task.progressProperty());
    }

    private void succeeded(CopyResult result) {
        finish(result.sourceDestroyed() ? "Moved" : "Copied", result.summary());
        refresh.accept(source);
    }

    private void failed(String title, Throwable e) {
        finish("Failed", title + " failed; " + target.get().name() + " is as it was: " + e.getMessage());
        refresh.accept(source);
    }

    private void finish(String state, String text) {
        phase.unbind();
        phase.set(state);
        progress.unbind();
        running.set(false);
        outcome.set(text);
    }

    /** Cancels a running copy: it is undone on the target. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    public String potName() {
        return pot;
    }

    public String sourceName() {
        return source.name();
    }

    public List<HostEntry> targets() {
        return targets;
    }

    public ObjectProperty<HostEntry> targetProperty() {
        return target;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public BooleanProperty moveProperty() {
        return move;
    }

    public BooleanProperty snapshotFirstProperty() {
        return snapshotFirst;
    }

    public StringProperty keepDirectoryProperty() {
        return keepDirectory;
    }

    public ReadOnlyStringProperty planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
