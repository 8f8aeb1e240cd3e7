package potconsole.engine.testkit;

import java.util.List;
import potconsole.engine.doctor.HostFacts;
import potconsole.engine.doctor.HostFactsParser;
import potconsole.engine.doctor.HostFactsScript;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.model.HostInventory;

/**
 * The doctor's host-facts read for modules that may not see the engine's doctor package (the SSH transport's
 * benchmark): the request to send and what its output held.
 */
public final class DoctorFactsRun {
    private final HostFactsScript script;
    private final HostInventory inventory;

    public DoctorFactsRun(HostInventory inventory) {
        this.inventory = inventory;
        this.script = HostFactsScript.of(inventory);
    }

    public ExecRequest request() {
        return script.request();
    }

    /** How many datasets and unreadable facts the output held (a run that read nothing has neither). */
    public int factsRead(List<String> stdout) {
        HostFacts f = HostFactsParser.parse(
                script.marker(),
                stdout,
                inventory.settings().get("POT_TMP"),
                inventory.settings().get("POT_CACHE"));
        return f.datasets().size() + f.unreadable().size();
    }
}
