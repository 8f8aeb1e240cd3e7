package potconsole.engine.setup;

import java.util.ArrayList;
import java.util.List;
import potconsole.engine.model.Base;
import potconsole.engine.model.Bridge;
import potconsole.engine.model.Fscomp;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;

/**
 * What {@code pot de-init} destroys on a host ({@code zfs destroy -r POT_ZFS_ROOT}, pot-spec §3.2), one line per
 * kind, named so a person can see what is lost before typing the host's name.
 */
public final class DeInitImpact {
    private DeInitImpact() {}

    public static List<String> lines(HostInventory inv) {
        List<String> lines = new ArrayList<>();
        lines.add("the dataset " + inv.settings().zfsRoot() + " and everything under "
                + inv.settings().fsRoot());
        lines.add(count(inv.pots().stream().map(Pot::name).toList(), "pot"));
        lines.add(count(inv.bases().stream().map(Base::name).toList(), "base"));
        lines.add(count(inv.fscomps().stream().map(Fscomp::name).toList(), "fscomp"));
        lines.add(count(inv.bridges().stream().map(Bridge::name).toList(), "private bridge"));
        lines.add("every image cached in " + inv.settings().get("POT_CACHE"));
        lines.add("pot's anchors in pf.conf");
        return lines;
    }

    private static String count(List<String> names, String what) {
        if (names.isEmpty()) {
            return "no " + what + "s";
        }
        return names.size() + " " + what + (names.size() == 1 ? "" : "s") + ": " + String.join(", ", names);
    }
}
