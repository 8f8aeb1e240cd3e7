package potconsole.app.pots;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.hosts.HostEntry;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.command.CloneCommand;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.command.ExecCommand;
import potconsole.engine.command.PotCommand;
import potconsole.engine.command.PruneCommand;
import potconsole.engine.command.PurgeSnapshotsCommand;
import potconsole.engine.command.RenameCommand;
import potconsole.engine.command.RevertCommand;
import potconsole.engine.command.ShellWords;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.command.SnapshotTarget;
import potconsole.engine.command.StopCommand;
import potconsole.engine.exec.Privilege;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;
import potconsole.engine.model.PotType;

/**
 * The lifecycle actions on the selected pots: start, stop, restart, snapshot, revert, purge, clone, rename, destroy,
 * exec, prune. Each runs as a task; failures show pot's own message; destructive ones ask first, naming what will be
 * lost. Enablement is bound to the selection's state, never toggled by hand. FX thread only.
 */
public final class PotActionsViewModel {
    private final PotsViewModel pots;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final ObservableList<PotRow> selection = FXCollections.observableArrayList();

    public PotActionsViewModel(PotsViewModel pots, TasksViewModel tasks, DialogService dialogs) {
        this.pots = pots;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The view keeps this in step with the table's selection. */
    public ObservableList<PotRow> selection() {
        return selection;
    }

    private BooleanBinding any(java.util.function.Predicate<Pot> p) {
        return Bindings.createBooleanBinding(
                () -> selection.stream().map(PotRow::pot).anyMatch(p), selection);
    }

    private BooleanBinding one(java.util.function.Predicate<Pot> p) {
        return Bindings.createBooleanBinding(
                () -> selection.size() == 1 && p.test(selection.get(0).pot()), selection);
    }

    public BooleanBinding canStart() {
        return any(p -> p.state() == PotState.STOPPED);
    }

    public BooleanBinding canStop() {
        return any(p -> p.state() == PotState.RUNNING || p.state() == PotState.WEDGED || p.state() == PotState.DOA);
    }

    public BooleanBinding canRestart() {
        return one(p -> p.state() == PotState.RUNNING);
    }

    public BooleanBinding canSnapshot() {
        return any(p -> p.state() == PotState.STOPPED);
    }

    public BooleanBinding canRevert() {
        return one(p -> p.state() == PotState.STOPPED && !p.snapshots().isEmpty());
    }

    public BooleanBinding canPurge() {
        return one(p -> p.snapshots().size() > 1);
    }

    /** pot exports single pots only (pot-spec §5.1). */
    public BooleanBinding canExport() {
        return one(p -> p.type() == PotType.SINGLE);
    }

    public BooleanBinding canClone() {
        return one(p -> !(p.type() == PotType.MULTI && p.level() == 0));
    }

    public BooleanBinding canRename() {
        return one(p -> p.state() == PotState.STOPPED);
    }

    public BooleanBinding canDestroy() {
        return one(p -> !(p.type() == PotType.MULTI && p.level() == 0));
    }

    public BooleanBinding canExec() {
        return one(p -> p.state() == PotState.RUNNING);
    }

    public BooleanBinding hasOne() {
        return Bindings.createBooleanBinding(() -> selection.size() == 1, selection);
    }

    private void run(PotRow row, String title, potconsole.engine.job.Job<?> job, Consumer<Object> then) {
        HostEntry host = row.host();
        tasks.run(
                title,
                host.name(),
                job,
                v -> {
                    then.accept(v);
                    pots.refresh(host);
                },
                e -> {
                    ErrorText t = ErrorText.of(e);
                    dialogs.error(title + " failed", t.headline(), t.details());
                    pots.refresh(host);
                });
    }

    private void runCommand(PotRow row, PotCommand command) {
        run(row, command.display(), row.host().service().job(command), v -> {});
    }

    // --- commands ---------------------------------------------------------------------------------------------

    /** Starts in a task: a non-persistent pot's start lasts as long as its command (pot-spec §0.3). */
    public void start() {
        for (PotRow r : List.copyOf(selection)) {
            if (r.pot().state() == PotState.STOPPED) {
                run(r, "pot start " + r.name(), r.host().service().start(r.name()), v -> {});
            }
        }
    }

    public void stop() {
        for (PotRow r : List.copyOf(selection)) {
            PotState s = r.pot().state();
            if (s == PotState.RUNNING || s == PotState.WEDGED || s == PotState.DOA) {
                runCommand(r, new StopCommand(r.name()));
            }
        }
    }

    public void restart() {
        PotRow r = selection.get(0);
        run(
                r,
                "restart " + r.name(),
                ctx -> {
                    r.host().service().job(new StopCommand(r.name())).run(ctx);
                    return r.host().service().start(r.name()).run(ctx);
                },
                v -> {});
    }

    /** Only stopped pots can be snapshotted; running ones in the selection are named, not silently skipped. */
    public void snapshot() {
        List<String> running = new ArrayList<>();
        for (PotRow r : List.copyOf(selection)) {
            if (r.pot().state() == PotState.STOPPED) {
                runCommand(r, SnapshotCommand.of(r.name()));
            } else {
                running.add(r.name());
            }
        }
        if (!running.isEmpty()) {
            dialogs.info("Snapshot", "pot only snapshots stopped pots; not taken for: " + String.join(", ", running));
        }
    }

    public void revert() {
        PotRow r = selection.get(0);
        String latest = r.pot().latestSnapshot().map(s -> s.name()).orElse("?");
        dialogs.confirm(
                "Revert " + r.name() + "?",
                "Every dataset of " + r.name() + " goes back to its latest snapshot ("
                        + latest
                        + "), pot.conf and hooks included. Changes made since then are lost. pot can only revert to"
                        + " the latest snapshot.",
                "Revert",
                () -> runCommand(r, new RevertCommand(SnapshotTarget.pot(r.name()))));
    }

    public void purgeSnapshots() {
        PotRow r = selection.get(0);
        int old = r.pot().snapshots().size() - 1;
        dialogs.confirm(
                "Purge snapshots of " + r.name() + "?",
                old + " older snapshot(s) will be destroyed; only the" + " newest stays (an export needs exactly one).",
                "Purge",
                () -> runCommand(r, new PurgeSnapshotsCommand(SnapshotTarget.pot(r.name()), false)));
    }

    public void cloneSelected() {
        PotRow r = selection.get(0);
        dialogs.prompt(
                "Clone " + r.name(),
                "Name of the new pot (it stays dependent on " + r.name() + "'s snapshot"
                        + (r.pot().snapshots().isEmpty() ? "; one is taken now" : "") + ")",
                r.name() + "-clone",
                n -> problem(
                        () -> new CloneCommand(
                                n,
                                r.name(),
                                Optional.empty(),
                                false,
                                potconsole.engine.command.NetworkOptions.none(),
                                List.of(),
                                false),
                        r.host(),
                        n),
                n -> runCommand(
                        r,
                        new CloneCommand(
                                n,
                                r.name(),
                                Optional.empty(),
                                r.pot().snapshots().isEmpty(),
                                potconsole.engine.command.NetworkOptions.none(),
                                List.of(),
                                false)));
    }

    public void rename() {
        PotRow r = selection.get(0);
        dialogs.prompt(
                "Rename " + r.name(),
                "New name",
                r.name(),
                n -> problem(() -> new RenameCommand(r.name(), n), r.host(), n),
                n -> runCommand(r, new RenameCommand(r.name(), n)));
    }

    /** The confirmation names the snapshots lost and the pots that depend on it or were cloned from it. */
    public void destroy() {
        PotRow r = selection.get(0);
        Pot p = r.pot();
        List<String> dependents = pots.rowsOf(r.host()).stream()
                .map(PotRow::pot)
                .filter(o -> o.dependencies().contains(p.name()))
                .map(Pot::name)
                .toList();
        List<String> clones = pots.rowsOf(r.host()).stream()
                .map(PotRow::pot)
                .filter(o -> o.origin()
                        .filter(x -> x.contains("/jails/" + p.name() + "/"))
                        .isPresent())
                .map(Pot::name)
                .toList();
        StringBuilder m =
                new StringBuilder("Its datasets, files and " + p.snapshots().size()
                        + (p.snapshots().size() == 1 ? " snapshot are" : " snapshots are") + " deleted for good.");
        if (p.state().isRunning()) {
            m.append("\nIt is running: it will be stopped first.");
        }
        if (!clones.isEmpty()) {
            m.append("\nBlocked: ")
                    .append(String.join(", ", clones))
                    .append(
                            clones.size() == 1
                                    ? " was cloned from it — ZFS refuses while it exists; destroy it first."
                                    : " were cloned from it — ZFS refuses while they exist; destroy them first.");
        }
        if (!dependents.isEmpty()) {
            m.append("\n")
                    .append(String.join(", ", dependents))
                    .append(dependents.size() == 1 ? " depends" : " depend")
                    .append(" on it and will lose that dependency.");
        }
        dialogs.confirm(
                "Destroy " + p.name() + " on " + r.host().name() + "?",
                m.toString(),
                "Destroy " + p.name(),
                () -> runCommand(
                        r,
                        new DestroyCommand(
                                DestroyCommand.Target.POT, p.name(), p.state().isRunning(), false, false)));
    }

    /** One-off command inside a running pot; output streams into its task. */
    public void exec(String commandLine) {
        PotRow r = selection.get(0);
        List<String> words = ShellWords.split(commandLine);
        runCommand(r, new ExecCommand(r.name(), words, List.of(), Optional.empty(), false, false));
    }

    public void promptExec() {
        PotRow r = selection.get(0);
        dialogs.prompt(
                "Run inside " + r.name(),
                "Command (words split like sh does)",
                "",
                s -> {
                    try {
                        return ShellWords.split(s).isEmpty() ? Optional.of("Type a command") : Optional.empty();
                    } catch (IllegalArgumentException e) {
                        return Optional.of(e.getMessage());
                    }
                },
                this::exec);
    }

    /** Opens {@code pot term NAME} on the host's PTY (in a job: an SSH channel may need a moment). */
    public void openTerminal(java.util.function.BiConsumer<String, potconsole.engine.exec.Tty> show) {
        PotRow r = selection.get(0);
        String title = "pot term " + r.name() + " — " + r.host().name();
        tasks.run(
                title,
                r.host().name(),
                ctx -> r.host().service().openTty(new potconsole.engine.command.TermCommand(r.name()), 100, 30),
                tty -> show.accept(title, tty),
                e -> {
                    ErrorText t = ErrorText.of(e);
                    dialogs.error("Terminal", t.headline(), t.details());
                });
    }

    /** The command that opens pot's own terminal on this host, for a system terminal. */
    public String terminalCommand() {
        PotRow r = selection.get(0);
        String potTerm = "pot term " + r.name();
        Optional<String> sudo = r.host().service().privilege() == Privilege.NONE
                ? Optional.empty()
                : Optional.of(String.join(" ", r.host().service().privilege().prefix()) + " ");
        String inner = sudo.orElse("") + potTerm;
        return r.host()
                .profile()
                .map(p -> "ssh -t " + p.user().map(u -> u + "@").orElse("") + p.address()
                        + p.port().map(x -> " -p " + x).orElse("") + " " + inner)
                .orElse(inner);
    }

    public void prune(HostEntry host) {
        dialogs.confirm(
                "Prune " + host.name() + "?",
                "pot destroys every stopped pot that is prunable and has run" + " once. This cannot be undone.",
                "Prune",
                () -> tasks.run(
                        "pot prune on " + host.name(),
                        host.name(),
                        host.service().job(new PruneCommand(false, false, false)),
                        v -> pots.refresh(host),
                        e -> {
                            ErrorText t = ErrorText.of(e);
                            dialogs.error("Prune failed", t.headline(), t.details());
                        }));
    }

    private Optional<String> problem(java.util.function.Supplier<PotCommand> build, HostEntry host, String name) {
        try {
            build.get();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (pots.rowsOf(host).stream().anyMatch(r -> r.name().equals(name))) {
            return Optional.of("A pot named " + name + " already exists on " + host.name());
        }
        return Optional.empty();
    }
}
