package potconsole.engine.inventory;

/** A wedged pot: its status file says started, its jail is gone. What it means and the known-safe recovery. */
public final class Wedged {
    private Wedged() {}

    public static String explanation(String pot) {
        return "pot's status file says " + pot + " is started, but there is no jail of that name: the jail ended"
                + " without pot noticing (a crash, a reboot, or a jail removed by hand). pot start refuses such a pot"
                + " until pot stop has cleaned up. The safe fix is pot stop " + pot + ", then pot start " + pot + ".";
    }
}
