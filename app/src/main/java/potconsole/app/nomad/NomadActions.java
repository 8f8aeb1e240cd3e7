package potconsole.app.nomad;

import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.dialog.DialogService;
import potconsole.app.pots.PotRow;
import potconsole.engine.nomad.NomadDefaults;
import potconsole.engine.nomad.NomadJob;

/** Opens the Nomad job generator for an image of a registry, or for a pot (its command and exported ports). */
public final class NomadActions {
    private final Window owner;
    private final DialogService dialogs;

    public NomadActions(Window owner, DialogService dialogs) {
        this.owner = owner;
        this.dialogs = dialogs;
    }

    public Stage forImage(String registryUrl, String pot, String tag) {
        return NomadJobWindow.open(owner, new NomadJobViewModel(NomadJob.forImage(registryUrl, pot, tag)), dialogs);
    }

    /** For a pot: the image it was last exported as (its tag), its command and ports; the registry URL is left to fill. */
    public Stage forPot(PotRow row) {
        String tag = row.pot().imageTag().orElse("");
        return NomadJobWindow.open(
                owner, new NomadJobViewModel(NomadDefaults.fromPot(row.pot(), "", row.name(), tag)), dialogs);
    }
}
