package potconsole.app.pots;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.command.PotCommand;
import potconsole.engine.command.PruneCommand;
import potconsole.engine.command.PurgeSnapshotsCommand;
import potconsole.engine.command.RevertCommand;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.command.SnapshotTarget;
import potconsole.engine.command.StopCommand;
import potconsole.engine.inventory.DestroyImpact;
import potconsole.engine.inventory.Wedged;
import potconsole.engine.job.Job;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;

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
    private final ObservableList<PotRow> selectionView = FXCollections.unmodifiableObservableList(selection);
    private final PotShellActions shell;
    private final PotNamingActions naming;
    private Runnable selectionClearer = () -> {};

    public PotActionsViewModel(PotsViewModel pots, TasksViewModel tasks, DialogService dialogs) {
        this.pots = pots;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.shell = new PotShellActions(() -> selection.get(0), tasks, dialogs);
        this.naming = new PotNamingActions(() -> selection.get(0), pots, tasks, dialogs);
    }

    /** The selected rows, read-only: the view reports the table's selection through {@link #select}. */
    public ObservableList<PotRow> selection() {
        return selectionView;
    }

    /** The table's selection changed: these rows are selected now (nulls, which a table can report, left out). */
    public void select(List<? extends PotRow> rows) {
        selection.setAll(rows.stream().filter(r -> r != null).toList());
    }

    /** The selected pots as their hosts have them now. */
    private List<Pot> selected() {
        return selection.stream().map(PotRow::pot).toList();
    }

    /**
     * Why an action cannot run on the selection (empty when it can), recomputed when the selection changes and when a
     * refresh changes any pot (the rows report it), so a pot that stopped since it was selected cannot be stopped.
     */
    private StringBinding whyNot(Function<List<Pot>, String> reason) {
        return Bindings.createStringBinding(
                () -> selection.isEmpty() ? "select a pot first" : reason.apply(selected()), selection, pots.allRows());
    }

    public StringBinding whyNotStart() {
        return whyNot(ActionRules::start);
    }

    public StringBinding whyNotStop() {
        return whyNot(ActionRules::stop);
    }

    public StringBinding whyNotRestart() {
        return whyNot(ActionRules::restart);
    }

    public StringBinding whyNotSnapshot() {
        return whyNot(ActionRules::snapshot);
    }

    public StringBinding whyNotRevert() {
        return whyNot(ActionRules::revert);
    }

    public StringBinding whyNotPurge() {
        return whyNot(ActionRules::purge);
    }

    public StringBinding whyNotExport() {
        return whyNot(ActionRules::export);
    }

    /** Copy to host: one pot or several, all of one host (each pot's own refusals are the copy dialog's). */
    public StringBinding whyNotCopy() {
        return Bindings.createStringBinding(
                () -> selection.isEmpty()
                        ? "select a pot first"
                        : selection.stream().map(PotRow::host).distinct().count() > 1
                                ? "select pots of one host: a copy goes from one host to another"
                                : "",
                selection);
    }

    public StringBinding whyNotClone() {
        return whyNot(ActionRules::clone);
    }

    public StringBinding whyNotRename() {
        return whyNot(ActionRules::rename);
    }

    public StringBinding whyNotDestroy() {
        return whyNot(ActionRules::destroy);
    }

    public StringBinding whyNotExec() {
        return whyNot(ActionRules::exec);
    }

    public BooleanBinding hasOne() {
        return Bindings.createBooleanBinding(() -> selection.size() == 1, selection);
    }

    private void run(PotRow row, String title, Job<?> job) {
        tasks.run(row.host(), title, job);
    }

    private void runCommand(PotRow row, PotCommand command) {
        runCommand(tasks, row, command);
    }

    /** The one way these actions send a pot command: a task on the row's host, titled with the command line. */
    static void runCommand(TasksViewModel tasks, PotRow row, PotCommand command) {
        tasks.run(row.host(), command.display(), row.host().service().job(command));
    }

    // --- commands ---------------------------------------------------------------------------------------------

    /**
     * Starts in a task: a non-persistent pot's start lasts as long as its command. A wedged pot (its status file says
     * started, its jail is gone) is refused by {@code pot start} until {@code pot stop} has run: that is explained and
     * the known-safe recovery offered instead.
     */
    public void start() {
        for (PotRow r : List.copyOf(selection)) {
            PotState s = r.pot().state();
            if (s == PotState.STOPPED) {
                run(r, "pot start " + r.name(), r.host().service().start(r.name()));
            } else if (s == PotState.WEDGED) {
                offerRecovery(r);
            }
        }
    }

    /** What a wedged pot is, and the recovery: {@code pot stop} (which clears the status file), then start. */
    public static String wedgedExplanation(String pot) {
        return Wedged.explanation(pot);
    }

    private void offerRecovery(PotRow r) {
        dialogs.confirm(
                r.name() + " is wedged",
                wedgedExplanation(r.name()),
                "Stop, then start",
                () -> run(r, "recover " + r.name() + " (pot stop, then pot start)", restartJob(r)));
    }

    private Job<?> restartJob(PotRow r) {
        return ctx -> {
            r.host().service().job(new StopCommand(r.name())).run(ctx);
            return r.host().service().start(r.name()).run(ctx);
        };
    }

    public void stop() {
        for (PotRow r : List.copyOf(selection)) {
            if (ActionRules.stoppable(r.pot().state())) {
                runCommand(r, new StopCommand(r.name()));
            }
        }
    }

    public void restart() {
        PotRow r = selection.get(0);
        if (r.pot().state() == PotState.WEDGED) {
            offerRecovery(r);
            return;
        }
        run(r, "restart " + r.name(), restartJob(r));
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
                old + " older snapshot(s) will be destroyed; only the newest stays (an export needs exactly one).",
                "Purge",
                () -> runCommand(r, new PurgeSnapshotsCommand(SnapshotTarget.pot(r.name()), false)));
    }

    /** clone and rename of the first selected pot. */
    public PotNamingActions naming() {
        return naming;
    }

    /**
     * Destroy, telling the whole truth first: pots cloned from it (ZFS refuses while they exist) and pots based on it
     * block it, and nothing is sent; pots that depend on it keep their {@code pot.depend} line, which then names a pot
     * that is gone (shown as a problem in their details). The confirmation names what is lost.
     */
    public void destroy() {
        PotRow r = selection.get(0);
        Pot p = r.pot();
        List<Pot> others = pots.rowsOf(r.host()).stream().map(PotRow::pot).toList();
        DestroyImpact impact = DestroyImpact.of(p, others);
        if (impact.blocked()) {
            dialogs.error("Cannot destroy " + p.name(), impact.blockers(), impact.summary());
            return;
        }
        dialogs.confirm(
                "Destroy " + p.name() + " on " + r.host().name() + "?", impact.summary(), "Destroy " + p.name(), () -> {
                    selectionClearer.run();
                    runCommand(
                            r,
                            new DestroyCommand(
                                    DestroyCommand.Target.POT,
                                    p.name(),
                                    p.state().isRunning(),
                                    false,
                                    false));
                });
    }

    /** Clears the table's selection before a destroyed pot's row goes, so it does not jump to a neighbour. */
    public void setSelectionClearer(Runnable clear) {
        this.selectionClearer = clear;
    }

    /** exec, pot term and the system-terminal command, on the first selected pot. */
    public PotShellActions shell() {
        return shell;
    }

    public void prune(HostEntry host) {
        dialogs.confirm(
                "Prune " + host.name() + "?",
                "pot destroys every stopped pot that is prunable and has run once. This cannot be undone.",
                "Prune",
                () -> tasks.run(
                        host,
                        "pot prune on " + host.name(),
                        host.service().job(new PruneCommand(false, false, false))));
    }
}
