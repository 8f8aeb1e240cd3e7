package potconsole.engine.doctor;

import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.model.HostInventory;
import potconsole.engine.service.PotService;

/** Reads {@link HostFacts} of a host in one exec, and runs a finding's fix steps in order, stopping at a failure. */
public final class DoctorReader {
    private DoctorReader() {}

    public static HostFacts read(PotService service, HostInventory inventory, Cancellation cancellation) {
        HostFactsScript script = HostFactsScript.of(inventory);
        CapturingListener captured = new CapturingListener(ExecListener.NONE, 100_000);
        service.readScript(script.request(), captured, cancellation);
        return HostFactsParser.parse(
                script.marker(),
                captured.stdout(),
                inventory.settings().get("POT_TMP"),
                inventory.settings().get("POT_CACHE"));
    }

    /** Runs each step: pot commands through the service (typed failures), host commands as root. */
    public static void fix(PotService service, Finding finding, ExecListener live, Cancellation cancellation) {
        for (FixStep step : finding.fix()) {
            if (step.pot().isPresent()) {
                service.execute(step.pot().get(), live, cancellation);
            } else {
                service.runAsRoot(step.hostArgv(), cancellation);
            }
        }
    }
}
