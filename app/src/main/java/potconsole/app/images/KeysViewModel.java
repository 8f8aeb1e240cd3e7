package potconsole.app.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.image.KeyRing;
import potconsole.engine.model.HostInventory;

/**
 * The signing keys window: the console's signify keys (generate a pair, import a public key) and, per host, whether
 * its imports are pinned to a key ({@code POT_DEFAULT_SIGNATURE_PUBKEY}, pot-spec §5.2).
 */
public final class KeysViewModel {
    /** One host and what its pot.conf says about signature checks on import. */
    public record HostPin(String host, String pin) {}

    static final String NOT_PINNED = "not pinned: pot import checks signatures only when given -C";

    private final KeyRing ring;
    private final List<HostEntry> hosts;
    private final Function<HostEntry, Optional<HostInventory>> inventories;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final ObservableList<KeyRing.Key> keys = FXCollections.observableArrayList();
    private final ObservableList<KeyRing.Key> keysView = FXCollections.unmodifiableObservableList(keys);
    private final ObservableList<HostPin> pins = FXCollections.observableArrayList();
    private final ObservableList<HostPin> pinsView = FXCollections.unmodifiableObservableList(pins);

    public KeysViewModel(
            KeyRing ring,
            List<HostEntry> hosts,
            Function<HostEntry, Optional<HostInventory>> inventories,
            TasksViewModel tasks,
            DialogService dialogs) {
        this.ring = ring;
        this.hosts = hosts;
        this.inventories = inventories;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The keys in the ring, read-only; {@link #reload} refreshes them. */
    public ObservableList<KeyRing.Key> keys() {
        return keysView;
    }

    /** Each host's pin, read-only; {@link #reload} refreshes them. */
    public ObservableList<HostPin> pins() {
        return pinsView;
    }

    public Path directory() {
        return ring.directory();
    }

    /** Re-reads the key directory and the hosts' last inventories. */
    public void reload() {
        tasks.run(
                "read keys",
                "this workstation",
                context -> ring.keys(),
                keys::setAll,
                e -> dialogs.error(
                        "Cannot read the keys",
                        ErrorText.of(e).headline(),
                        ring.directory().toString()));
        pins.setAll(hosts.stream()
                .map(h -> new HostPin(
                        h.name(),
                        inventories
                                .apply(h)
                                .map(inv -> inv.settings().get("POT_DEFAULT_SIGNATURE_PUBKEY"))
                                .map(pin -> pin.isBlank() ? NOT_PINNED : "pinned to " + pin)
                                .orElse("not read yet: refresh the host")))
                .toList());
    }

    public void generate(String name) {
        tasks.run(
                "generate key " + name,
                "this workstation",
                context -> ring.generate(name.strip()),
                key -> reload(),
                e -> dialogs.error(
                        "Cannot generate the key",
                        ErrorText.of(e).headline(),
                        ErrorText.of(e).details()));
    }

    public void importPublicKey(Path file) {
        tasks.run(
                "import key " + file.getFileName(),
                "this workstation",
                context -> ring.importPublicKey(file),
                key -> reload(),
                e -> dialogs.error(
                        "Cannot import the key",
                        ErrorText.of(e).headline(),
                        ErrorText.of(e).details()));
    }
}
