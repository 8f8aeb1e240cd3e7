package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sandbox host's state around pot: whether pot is installed and initialised, the kernel features, pf, the
 * public bridge, group pot. The seeded hosts have everything; {@link SandboxSetups} makes bare ones.
 */
final class SandboxSetup {
    static final String PREFIX = "/usr/local";
    static final String CONF = PREFIX + "/etc/pot/pot.conf";

    boolean potInstalled = true;
    boolean initialised = true;
    boolean groupExists = true;
    final Set<String> potGroupMembers = new TreeSet<>();
    boolean vimage = true;
    boolean racct;
    boolean pfLoaded;
    String bridge;
    List<String> interfaces = new ArrayList<>(List.of("em0", "lo0"));
    /** The account's name when it is not root. */
    String user = "potadmin";
    /** A bare host: create-base takes its time and reports download progress. */
    boolean paced;
    /** Simulates a dropped connection in the middle of the next create-base's download. */
    boolean dropNextCreateBase;
}
