package potconsole.app.ascode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import potconsole.app.pots.PotRow;
import potconsole.engine.ascode.AsCodeFiles;
import potconsole.engine.ascode.PotAsCode;
import potconsole.engine.model.HostInventory;

/**
 * The selected pot as code (flavour files and the create line, a zilti.pot playbook, or the plain pot commands),
 * made from the host's inventory the console already holds — nothing is read from the host. Secret-looking env
 * values are left out unless asked for; the notes say what was left out, or that the text now holds secrets.
 */
public final class AsCodeViewModel {
    private final ObjectProperty<Optional<PotRow>> pot = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<AsCodeFiles.Format> format = new SimpleObjectProperty<>(AsCodeFiles.Format.flavour);
    private final BooleanProperty includeSecrets = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private Map<String, String> files = Map.of();

    public AsCodeViewModel() {
        pot.addListener(o -> update());
        format.addListener(o -> update());
        includeSecrets.addListener(o -> update());
    }

    /** The pot shown: follows the details' selection (and its refreshes). */
    public void show(Optional<PotRow> row) {
        pot.set(row);
        update();
    }

    private void update() {
        Optional<PotRow> row = pot.get();
        Optional<HostInventory> inventory = row.flatMap(r -> r.host().inventory());
        if (row.isEmpty() || inventory.isEmpty()) {
            files = Map.of();
            text.set("");
            notes.set("Select a pot.");
            warning.set("");
            return;
        }
        PotAsCode.Result code = PotAsCode.of(row.get().pot(), includeSecrets.get());
        files = AsCodeFiles.of(row.get().pot(), code, inventory.get(), format.get());
        text.set(AsCodeFiles.text(files));
        notes.set(String.join("\n", code.notes()));
        warning.set(
                includeSecrets.get()
                        ? "Secret values are included: whoever gets this text or these files can read them."
                        : "");
    }

    /** The file names and texts shown. */
    public Map<String, String> files() {
        return files;
    }

    /** Writes the files into {@code dir} (each atomically) and says which. */
    public List<Path> saveTo(Path dir) throws IOException {
        return AsCodeFiles.write(files, dir);
    }

    public ObjectProperty<AsCodeFiles.Format> formatProperty() {
        return format;
    }

    public BooleanProperty includeSecretsProperty() {
        return includeSecrets;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }
}
