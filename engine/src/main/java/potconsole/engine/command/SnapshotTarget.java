package potconsole.engine.command;

import java.util.List;

/** The object of snapshot, revert and purge-snapshots: a pot ({@code -p}) or an fscomp ({@code -f}). */
public record SnapshotTarget(boolean fscomp, String name) {
    public SnapshotTarget {
        if (fscomp) {
            Validate.simpleName(name, "Fscomp name");
        } else {
            Validate.existingPotName(name);
        }
    }

    public static SnapshotTarget pot(String name) {
        return new SnapshotTarget(false, name);
    }

    public static SnapshotTarget fscomp(String name) {
        return new SnapshotTarget(true, name);
    }

    List<String> args() {
        return List.of(fscomp ? "-f" : "-p", name);
    }
}
