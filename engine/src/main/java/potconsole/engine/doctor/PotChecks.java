package potconsole.engine.doctor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.command.PurgeSnapshotsCommand;
import potconsole.engine.command.SnapshotTarget;
import potconsole.engine.command.StartCommand;
import potconsole.engine.command.StopCommand;
import potconsole.engine.inventory.Wedged;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;
import potconsole.engine.model.PotType;

/** The checks of one pot: its state against its status file and the boot time, its references, its snapshots. */
final class PotChecks {
    private final HostInventory inv;
    private final HostFacts facts;
    private final List<Finding> out = new ArrayList<>();

    private PotChecks(HostInventory inv, HostFacts facts) {
        this.inv = inv;
        this.facts = facts;
    }

    static List<Finding> of(HostInventory inv, HostFacts facts, Pot p) {
        PotChecks c = new PotChecks(inv, facts);
        if (!c.stale(p)) {
            c.state(p);
        }
        c.blocking(p);
        c.references(p);
        c.snapshots(p);
        return c.out;
    }

    private String statusFile(Pot p) {
        return inv.settings().get("POT_TMP") + "/pot_status_" + p.name();
    }

    /** pot ignores a status file older than the boot (pot-spec §1.8); the inventory reads it all the same. */
    private boolean stale(Pot p) {
        Optional<Instant> written = Optional.ofNullable(facts.statusFiles().get(p.name()));
        if (written.isEmpty()
                || facts.bootTime().isEmpty()
                || !written.get().isBefore(facts.bootTime().get())) {
            return false;
        }
        add(
                "stale-status",
                Severity.WARNING,
                p,
                "Status file of " + p.name() + " is from before the last boot",
                List.of(
                        "kern.boottime: " + facts.bootTime().get(),
                        statusFile(p) + " last written " + written.get(),
                        "the console reads it as: " + p.state().label()),
                "pot ignores a status file older than the boot, so for pot " + p.name() + " is simply stopped (pot"
                        + " start works; pot stop would refuse, finding no status). The console shows the old state"
                        + " until pot writes the file again. Removing the stale file makes both agree.",
                List.of(FixStep.remove(List.of(statusFile(p)))));
        return true;
    }

    private void state(Pot p) {
        if (p.state() == PotState.WEDGED) {
            add(
                    "wedged",
                    Severity.PROBLEM,
                    p,
                    p.name() + " is wedged: started on paper, no jail",
                    List.of(statusFile(p) + ": pot.status=started", "jls: no jail named " + p.name()),
                    Wedged.explanation(p.name()),
                    List.of(FixStep.of(new StopCommand(p.name())), FixStep.of(StartCommand.of(p.name()))));
        } else if (p.state() == PotState.DOA) {
            add(
                    "doa",
                    Severity.PROBLEM,
                    p,
                    p.name() + " failed to start (doa)",
                    List.of(statusFile(p) + ": pot.status=doa"),
                    "pot start set the status to doa: mounting or network setup failed before the jail ran (the"
                            + " start's output said why). pot start refuses a doa pot; pot stop cleans up what the"
                            + " failed start left (stopping is accepted from doa) and leaves it stopped.",
                    List.of(FixStep.of(new StopCommand(p.name()))));
        }
    }

    private void blocking(Pot p) {
        String pid = facts.mainPids().get(p.name());
        if (pid == null || p.persistent() || !p.state().isRunning()) {
            return;
        }
        add(
                "start-blocking",
                Severity.INFO,
                p,
                "pot start " + p.name() + " is still waiting for its command",
                List.of(
                        inv.settings().get("POT_TMP") + "/pot_main_pid_" + p.name() + ": " + pid,
                        "pot.attr.persistent=NO"),
                p.name() + " is not persistent: pot start runs its command (PID " + pid + ") and returns only when"
                        + " it exits, then stops the pot. That is pot's design, not a fault; pot stop " + p.name()
                        + " ends the application and the waiting start.",
                List.of());
    }

    private void references(Pot p) {
        for (String dep : p.dependencies()) {
            if (inv.pot(dep).isEmpty()) {
                add(
                        "dangling-dependency",
                        Severity.WARNING,
                        p,
                        p.name() + " depends on " + dep + ", which is gone",
                        List.of("pot.conf: pot.depend=" + dep, "pot ls: no pot named " + dep),
                        "pot start " + p.name() + " tries to start " + dep + " first and ignores the failure. pot"
                                + " has no command to remove a dependency: delete the line pot.depend=" + dep
                                + " from " + inv.settings().fsRoot() + "/jails/" + p.name() + "/conf/pot.conf.",
                        List.of());
            }
        }
        p.potBase()
                .filter(b -> inv.pot(b).isEmpty())
                .ifPresent(b -> add(
                        "base-gone",
                        Severity.WARNING,
                        p,
                        "The reference pot " + b + " of " + p.name() + " is gone",
                        List.of("pot.conf: pot.potbase=" + b, "pot ls: no pot named " + b),
                        p.name() + " was made from " + b + " (pot create -P); a level-2 pot mounts its reference pot's"
                                + " datasets, so it may not start. Recreate " + b + " or rebuild " + p.name() + ".",
                        List.of()));
        boolean basesRead = !inv.bases().isEmpty();
        p.base()
                .filter(b -> basesRead
                        && inv.bases().stream().noneMatch(x -> x.name().equals(b)))
                .ifPresent(b -> add(
                        "base-gone",
                        Severity.WARNING,
                        p,
                        "The base " + b + " of " + p.name() + " is gone",
                        List.of("pot.conf: pot.base=" + b, inv.settings().fsRoot() + "/bases: no " + b),
                        p.name() + (p.level() == 0 ? " was made from" : " mounts its base") + " " + b
                                + "; pot create-base -r " + b + " makes it again.",
                        List.of()));
    }

    private void snapshots(Pot p) {
        if (p.type() != PotType.SINGLE || p.snapshots().size() <= 1) {
            return;
        }
        add(
                "export-refused",
                Severity.INFO,
                p,
                "pot export " + p.name() + " will refuse: " + p.snapshots().size() + " snapshots",
                List.of("zfs: " + p.snapshots().size() + " snapshots of "
                        + inv.settings().zfsRoot() + "/jails/" + p.name()),
                "pot export refuses a pot with more than one snapshot (\"use -A to auto-purge old snapshots or -F to"
                        + " force exporting\"). pot purge-snapshots keeps only the newest, "
                        + p.latestSnapshot().map(s -> s.name()).orElse("") + ".",
                List.of(FixStep.of(new PurgeSnapshotsCommand(SnapshotTarget.pot(p.name()), false))));
    }

    private void add(String kind, Severity s, Pot p, String title, List<String> ev, String meaning, List<FixStep> fix) {
        out.add(new Finding(kind, s, List.of(p.name()), title, ev, meaning, fix));
    }
}
