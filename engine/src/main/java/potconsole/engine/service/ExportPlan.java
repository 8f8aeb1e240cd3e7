package potconsole.engine.service;

import java.util.List;

/** What {@code pot export} is about to do with a pot's snapshots (pot-spec §5.1), said before it does it. */
public final class ExportPlan {
    private ExportPlan() {}

    /**
     * @param snapshots the pot's snapshots, oldest first
     * @param autoFix {@code -A}: take one when there is none, purge to the newest when there are several
     * @param force {@code -F}: export all of them
     */
    public static String describe(List<String> snapshots, boolean autoFix, boolean force) {
        if (snapshots.isEmpty()) {
            return autoFix
                    ? "No snapshot yet: pot takes one (-A); the pot must be stopped"
                    : "No snapshot: pot will refuse (use -A to take one)";
        }
        String newest = snapshots.get(snapshots.size() - 1);
        if (snapshots.size() > 1) {
            if (autoFix) {
                return snapshots.size() + " snapshots: pot purges all but the newest (-A), " + newest;
            }
            return force
                    ? snapshots.size() + " snapshots: all of them go into the image (-F)"
                    : snapshots.size() + " snapshots: pot will refuse (use -A to purge or -F to export all)";
        }
        return "Exporting snapshot " + newest;
    }
}
