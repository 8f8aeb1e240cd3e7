package potconsole.engine.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import potconsole.engine.inventory.DestroyImpact;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;
import potconsole.engine.model.PotType;
import potconsole.engine.model.Snapshot;
import potconsole.engine.service.ExportPlan;

/**
 * What a copy will do and what it cannot carry, said before anything runs: the snapshot that goes into the image
 * (as export explains it), the dependencies and mounts that stay behind, what {@code pot import} does to the
 * network (pot-spec §5.2 step 8). {@code refusals} are pot's or the copy's reasons not to start.
 */
public record CopyPlan(String pot, String finalName, String importName, List<String> refusals, List<String> notes) {
    public CopyPlan {
        refusals = List.copyOf(refusals);
        notes = List.copyOf(notes);
    }

    public boolean allowed() {
        return refusals.isEmpty();
    }

    /** The refusals first, then the notes, one per line. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        refusals.forEach(r -> lines.add("refused: " + r));
        lines.addAll(notes);
        return String.join("\n", lines);
    }

    /**
     * @param sourceLabel / targetLabel how the hosts are named in sentences
     */
    public static CopyPlan of(
            CopyRequest request, HostInventory source, String sourceLabel, HostInventory target, String targetLabel) {
        Optional<Pot> found = source.pot(request.pot());
        if (found.isEmpty()) {
            return new CopyPlan(
                    request.pot(), request.newName(), "", List.of("Pot " + request.pot() + " not found"), List.of());
        }
        Pot pot = found.get();
        List<String> refusals = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String importName = snapshotPart(request, pot, refusals, notes);
        refusals.addAll(refusals(request, pot, importName, source, target, targetLabel));
        notes.addAll(CopyNotes.carried(pot, target, targetLabel));
        if (request.move()) {
            notes.add("After the copy on " + targetLabel + " is checked, " + pot.name() + " is destroyed on "
                    + sourceLabel + " (pot destroy)");
        }
        request.keepImage().ifPresent(dir -> notes.add("The image files stay in " + dir + " on this workstation"));
        return new CopyPlan(pot.name(), request.newName(), importName, refusals, notes);
    }

    /** Why pot import on the target, or the move, cannot go ahead: pot's own refusals first. */
    private static List<String> refusals(
            CopyRequest request,
            Pot pot,
            String importName,
            HostInventory source,
            HostInventory target,
            String targetLabel) {
        List<String> refusals = new ArrayList<>();
        if (pot.type() != PotType.SINGLE) {
            refusals.add("pot " + pot.name() + " not supported - only single type pot can be exported");
        }
        pot.origin()
                .ifPresent(origin -> refusals.add(pot.name() + " is a clone of " + origin
                        + ": its image names that snapshot's image as a dependency, which pot import fetches by name and "
                        + targetLabel + " cannot; make a full copy first (pot create -P " + pot.name()
                        + " -t single)"));
        if (target.pot(request.newName()).isPresent()) {
            refusals.add("a pot named " + request.newName() + " already exists on " + targetLabel
                    + " (choose another name)");
        }
        if (!importName.isEmpty() && target.pot(importName).isPresent()) {
            refusals.add("pot import would receive it as " + importName + ", which already exists on " + targetLabel);
        }
        if (request.move()) {
            refusals.addAll(moveRefusals(pot, source));
        }
        return refusals;
    }

    private static List<String> moveRefusals(Pot pot, HostInventory source) {
        List<String> refusals = new ArrayList<>();
        if (pot.state() != PotState.STOPPED) {
            refusals.add(pot.name() + " is " + pot.state().name().toLowerCase(Locale.ROOT)
                    + ": stop it before moving it (writes after the snapshot would be lost with the source)");
        }
        List<String> clones = source.pots().stream()
                .filter(p -> p.origin()
                        .filter(o -> DestroyImpact.isSnapshotOf(o, pot.name()))
                        .isPresent())
                .map(Pot::name)
                .toList();
        if (!clones.isEmpty()) {
            refusals.add(pot.name() + " has clones (" + String.join(", ", clones) + "): pot destroy cannot remove it"
                    + " (zfs destroy -r does not remove dependent clones), so it cannot be moved");
        }
        return refusals;
    }

    /** The snapshot plan; the name pot import will give the received pot ({@code <pot>_<snap>}), when known. */
    private static String snapshotPart(CopyRequest request, Pot pot, List<String> refusals, List<String> notes) {
        List<String> snapshots = pot.snapshots().stream().map(Snapshot::name).toList();
        if (snapshots.isEmpty()) {
            if (!request.takeSnapshot()) {
                refusals.add("Pot " + pot.name() + " has no snapshots - please use pot snapshot for that"
                        + " (or let the copy take one)");
            } else if (pot.state() != PotState.STOPPED) {
                refusals.add("Pot " + pot.name() + " has no snapshot and is running: pot snapshot needs it stopped");
            } else {
                notes.add("No snapshot yet: the copy takes one first (pot snapshot -p " + pot.name() + ")");
            }
            return "";
        }
        notes.add(ExportPlan.describe(snapshots, false, true)
                + "; the image holds the pot as of that snapshot, later changes stay behind");
        String newest = snapshots.get(snapshots.size() - 1);
        notes.add(":pot.tag and :pot.snap of " + pot.name() + " are set to " + newest + " afterwards, as pot export"
                + " sets them");
        return (pot.name() + "_" + newest).replace('.', '_');
    }
}
