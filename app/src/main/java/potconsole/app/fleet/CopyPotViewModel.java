package potconsole.app.fleet;

import java.nio.file.Path;
import java.util.ArrayList;
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
import potconsole.engine.fleet.CopySeries;
import potconsole.engine.fleet.PotCopy;
import potconsole.engine.image.ImageWriter;

/**
 * Copy or move one pot, or several of one host, to another host: the target, the name there (one pot only; several
 * keep their names), move, snapshot-first and keep-image choices; the plan from both hosts' latest inventories, said
 * before anything runs (each pot's refusals with pot's reasons); then the copy as one task whose phase and progress the
 * dialog shows (several pots one after another in it). A move asks first and names what is lost. A finished copy is
 * done: it cannot be started again from the same dialog.
 */
public final class CopyPotViewModel {
    private final HostEntry source;
    private final List<String> pots;
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
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private TaskItem task;

    public CopyPotViewModel(
            HostEntry source,
            String pot,
            List<HostEntry> hosts,
            TasksViewModel tasks,
            DialogService dialogs,
            Consumer<HostEntry> refresh,
            ImageWriter.Options options) {
        this(source, List.of(pot), Optional.empty(), hosts, tasks, dialogs, refresh, options);
    }

    /** Several pots of {@code source}; {@code to}: the target chosen already (a drop onto a host). */
    public CopyPotViewModel(
            HostEntry source,
            List<String> pots,
            Optional<HostEntry> to,
            List<HostEntry> hosts,
            TasksViewModel tasks,
            DialogService dialogs,
            Consumer<HostEntry> refresh,
            ImageWriter.Options options) {
        this.source = source;
        this.pots = List.copyOf(pots);
        this.targets = hosts.stream().filter(h -> h != source).toList();
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.refresh = refresh;
        this.options = options;
        newName.set(pots.get(0));
        to.filter(targets::contains).or(() -> targets.stream().findFirst()).ifPresent(target::set);
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
        Optional<List<CopyRequest>> requests = requests();
        if (requests.isEmpty()) {
            return;
        }
        if (source.inventory().isEmpty() || target.get().inventory().isEmpty()) {
            plan.set("");
            problem.set("Waiting for both hosts' inventories");
            return;
        }
        List<String> notes = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (CopyRequest request : requests.get()) {
            CopyPlan p = CopyPlan.of(
                    request,
                    source.inventory().get(),
                    source.name(),
                    target.get().inventory().get(),
                    target.get().name());
            String prefix = pots.size() == 1 ? "" : request.pot() + ": ";
            if (pots.size() > 1) {
                notes.add(request.pot());
            }
            p.notes().forEach(n -> notes.add(pots.size() == 1 ? n : "  " + n));
            p.refusals().forEach(r -> refusals.add(prefix + r));
        }
        plan.set(String.join("\n", notes));
        problem.set(String.join("\n", refusals));
    }

    /** One request per pot; several pots keep their names. Empty (and the problem said) when a value is refused. */
    private Optional<List<CopyRequest>> requests() {
        try {
            String keep = keepDirectory.get().strip();
            List<CopyRequest> requests = new ArrayList<>();
            for (String pot : pots) {
                requests.add(new CopyRequest(
                        pot,
                        pots.size() == 1 ? newName.get().strip() : pot,
                        move.get(),
                        keep.isEmpty() ? Optional.empty() : Optional.of(Path.of(keep)),
                        snapshotFirst.get()));
            }
            return Optional.of(requests);
        } catch (IllegalArgumentException e) {
            plan.set("");
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Starts the copy (a move after confirming); false when the plan refuses it. */
    public boolean start() {
        replan();
        Optional<List<CopyRequest>> requests = requests();
        if (requests.isEmpty() || !problem.get().isEmpty() || running.get() || done.get()) {
            return false;
        }
        String names = String.join(", ", pots);
        if (move.get()) {
            dialogs.confirm(
                    "Move " + names,
                    names + (pots.size() == 1 ? " will be" : " will each be") + " destroyed on " + source.name()
                            + " (with " + (pots.size() == 1 ? "its" : "their") + " snapshots) once "
                            + (pots.size() == 1 ? "its" : "each") + " copy on "
                            + target.get().name()
                            + " has been checked.",
                    "Move",
                    () -> run(requests.get()));
        } else {
            run(requests.get());
        }
        return true;
    }

    private void run(List<CopyRequest> requests) {
        HostEntry to = target.get();
        List<PotCopy> copies = requests.stream()
                .map(r -> new PotCopy(source.service(), to.service(), r, options, 500))
                .toList();
        String title = (move.get() ? "Move " : "Copy ") + String.join(", ", pots) + " to " + to.name();
        running.set(true);
        outcome.set("");
        if (copies.size() == 1) {
            task = tasks.run(to, title, copies.get(0).job(), r -> succeeded(List.of(r)), e -> failed(title, e));
        } else {
            task = tasks.run(to, title, CopySeries.of(pots, copies), this::succeeded, e -> failed(title, e));
        }
        phase.bind(task.phaseProperty());
        progress.bind(task.progressProperty());
    }

    private void succeeded(List<CopyResult> results) {
        boolean moved = results.stream().allMatch(CopyResult::sourceDestroyed);
        done.set(true);
        finish(
                moved ? "Moved" : "Copied",
                String.join("\n", results.stream().map(CopyResult::summary).toList()));
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

    /** The pot, or the pots as a list ("web, db"). */
    public String potName() {
        return String.join(", ", pots);
    }

    public List<String> pots() {
        return pots;
    }

    /** Whether the name can be chosen: one pot only. */
    public boolean renamable() {
        return pots.size() == 1;
    }

    /** True once the copy succeeded: the dialog then only closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
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
