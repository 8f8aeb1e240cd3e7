package potconsole.engine.inventory;

import java.util.ArrayList;
import java.util.List;
import potconsole.engine.model.Pot;

/**
 * What destroying a pot does, as pot and ZFS will do it: pots cloned from it (their ZFS origin is one of its
 * snapshots) and pots based on it ({@code pot.potbase}) block it; pots that depend on it ({@code pot.depend}) keep
 * that line, naming a pot that is gone; its snapshots — counted on the pot's datasets and on {@code NAME/m} — are lost.
 */
public record DestroyImpact(Pot pot, List<String> clones, List<String> basedOn, List<String> dependents) {
    public static DestroyImpact of(Pot pot, List<Pot> others) {
        List<String> clones = new ArrayList<>();
        List<String> basedOn = new ArrayList<>();
        List<String> dependents = new ArrayList<>();
        for (Pot o : others) {
            if (o.name().equals(pot.name())) {
                continue;
            }
            if (o.origin().filter(x -> isSnapshotOf(x, pot.name())).isPresent()) {
                clones.add(o.name());
            }
            if (o.potBase().filter(pot.name()::equals).isPresent()) {
                basedOn.add(o.name());
            }
            if (o.dependencies().contains(pot.name())) {
                dependents.add(o.name());
            }
        }
        return new DestroyImpact(pot, List.copyOf(clones), List.copyOf(basedOn), List.copyOf(dependents));
    }

    /** A ZFS origin {@code …/jails/NAME@snap} or {@code …/jails/NAME/m@snap}: one of the pot's snapshots. */
    public static boolean isSnapshotOf(String origin, String pot) {
        int at = origin.indexOf('@');
        String dataset = at < 0 ? origin : origin.substring(0, at);
        return dataset.endsWith("/jails/" + pot) || dataset.endsWith("/jails/" + pot + "/m");
    }

    public boolean blocked() {
        return !clones.isEmpty() || !basedOn.isEmpty();
    }

    /** Why pot would refuse, in one line; empty when it would not. */
    public String blockers() {
        List<String> why = new ArrayList<>();
        if (!clones.isEmpty()) {
            why.add(list(clones) + (clones.size() == 1 ? " was" : " were") + " cloned from " + pot.name()
                    + ": ZFS refuses to destroy it while " + (clones.size() == 1 ? "that clone exists" : "they exist")
                    + "; destroy " + (clones.size() == 1 ? "it" : "them") + " first");
        }
        if (!basedOn.isEmpty()) {
            why.add(list(basedOn) + (basedOn.size() == 1 ? " uses " : " use ") + pot.name()
                    + " as its base pot: pot refuses (destroy " + (basedOn.size() == 1 ? "it" : "them") + " first)");
        }
        return String.join("\n", why);
    }

    /** Everything that is lost or left behind. */
    public String summary() {
        StringBuilder m = new StringBuilder(
                "Its datasets, files and " + count(pot.snapshots().size(), "snapshot") + " are deleted for good.");
        if (pot.state().isRunning()) {
            m.append("\nIt is running: it will be stopped first.");
        }
        if (blocked()) {
            m.append("\n").append(blockers());
        }
        if (!dependents.isEmpty()) {
            m.append("\n")
                    .append(list(dependents))
                    .append(dependents.size() == 1 ? " depends" : " depend")
                    .append(" on it: pot keeps that dependency in ")
                    .append(dependents.size() == 1 ? "its" : "their")
                    .append(" pot.conf, naming a pot that no longer exists (shown as a problem in the details).");
        }
        return m.toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String list(List<String> names) {
        return String.join(", ", names);
    }
}
