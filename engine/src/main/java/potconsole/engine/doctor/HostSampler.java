package potconsole.engine.doctor;

import java.time.Clock;
import java.util.List;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.service.PotService;

/**
 * One usage sample of every running pot of a host: one exec of {@link UsageScript} over the host's session, whatever
 * the number of pots (no exec at all when nothing runs). The per-pot chart, the host overview and {@code potctl top}
 * all read through here.
 */
public final class HostSampler {
    private HostSampler() {}

    /** The running pots of an inventory, in its order: the ones get-rss can read. */
    public static List<String> running(HostInventory inventory) {
        return inventory.pots().stream()
                .filter(p -> p.state().isRunning())
                .map(Pot::name)
                .toList();
    }

    public static List<UsageReading> sample(
            PotService service, List<String> pots, Clock clock, Cancellation cancellation) {
        if (pots.isEmpty()) {
            return List.of();
        }
        UsageScript script = UsageScript.of(pots, service.privilege());
        CapturingListener captured = new CapturingListener(ExecListener.NONE, 40 + 8 * pots.size());
        service.readScript(script.request(), captured, cancellation);
        return UsageParser.parse(script.marker(), captured.stdout(), clock.instant());
    }

    /** Whether pot refused every pot because rctl is off (then say how to turn it on, not an error per pot). */
    public static boolean rctlOff(List<UsageReading> readings) {
        return !readings.isEmpty() && readings.stream().allMatch(UsageReading::rctlOff);
    }

    /** What to tell the person when rctl is off. */
    public static final String RCTL_OFF = "rctl is off on this host (pot get-rss: \"To get resource usage, rctl has"
            + " to be enabled\"). Turn it on with kern.racct.enable=1 in /boot/loader.conf and reboot the host.";
}
