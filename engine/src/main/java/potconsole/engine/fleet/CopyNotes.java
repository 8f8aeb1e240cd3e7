package potconsole.engine.fleet;

import java.util.ArrayList;
import java.util.List;
import potconsole.engine.model.Bridge;
import potconsole.engine.model.Fscomp;
import potconsole.engine.model.FscompEntry;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Network;
import potconsole.engine.model.Pot;

/** What an image does not carry (dependencies, mounted file systems) and what import does to the network. */
final class CopyNotes {
    private CopyNotes() {}

    static List<String> carried(Pot pot, HostInventory target, String targetLabel) {
        List<String> notes = new ArrayList<>();
        for (String dep : pot.dependencies()) {
            notes.add(pot.name() + " depends on " + dep + " (pot.depend): "
                    + (target.pot(dep).isPresent()
                            ? dep + " is on " + targetLabel
                            : dep + " is not on " + targetLabel + " and is not copied; pot start will not find it"));
        }
        for (FscompEntry mount : pot.fscomps()) {
            notes.add(mountNote(mount, target, targetLabel));
        }
        notes.add(networkNote(pot.network(), target, targetLabel));
        return notes;
    }

    private static String mountNote(FscompEntry mount, HostInventory target, String targetLabel) {
        String what = "mount-in " + mount.source() + " at " + mount.mountPoint() + " is not part of the image: ";
        if (mount.source().startsWith("/")) {
            return what + "the host directory " + mount.source() + " must exist on " + targetLabel;
        }
        String fscomp = mount.source().substring(mount.source().lastIndexOf('/') + 1);
        boolean present = target.fscomps().stream().map(Fscomp::name).anyMatch(fscomp::equals);
        return what
                + (present
                        ? "fscomp " + fscomp + " exists on " + targetLabel + " (its data is not compared)"
                        : "fscomp " + fscomp + " does not exist on " + targetLabel + " (pot create-fscomp -f " + fscomp
                                + " there and copy its data, or start fails)");
    }

    private static String networkNote(Network network, HostInventory target, String targetLabel) {
        return switch (network.type()) {
            case INHERIT -> "Network inherit: unchanged on " + targetLabel;
            case PUBLIC_BRIDGE ->
                "Network public-bridge: pot import assigns a new IP on " + targetLabel
                        + network.primaryIp().map(ip -> " (now " + ip + ")").orElse("");
            case ALIAS ->
                "Network alias: pot import does not support static IPs and moves it to the internal"
                        + " network with a new IP (network_type stays alias)";
            case PRIVATE_BRIDGE -> {
                String bridge = network.bridge().orElse("?");
                boolean present = target.bridges().stream().map(Bridge::name).anyMatch(bridge::equals);
                yield "Network private-bridge " + bridge + ": pot import keeps the bridge and the IP "
                        + network.primaryIp().orElse("")
                        + (present
                                ? ""
                                : "; bridge " + bridge + " does not exist on " + targetLabel
                                        + " (pot create-private-bridge -B " + bridge + " there)");
            }
        };
    }
}
