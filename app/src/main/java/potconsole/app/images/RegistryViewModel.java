package potconsole.app.images;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.image.ImageVerification;
import potconsole.engine.image.KeyRing;
import potconsole.engine.image.RecentRegistries;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;

/**
 * The registry browser: a directory on this workstation, a directory on a host ({@code HOST:/dir}, over SFTP) or an
 * HTTP(S) listing; its images by pot and version, and what can be done with one — verify (against a chosen public
 * key), publish into it, delete from it, import onto a host.
 */
public final class RegistryViewModel {
    private final StringProperty location = new SimpleStringProperty(System.getProperty("user.home", "/"));
    /** The key signatures are checked with; empty: signatures are reported but not checked. */
    private final ObjectProperty<Optional<KeyRing.Key>> verifyKey = new SimpleObjectProperty<>(Optional.empty());

    private final ObservableList<RegistryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<RegistryEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper writable = new ReadOnlyBooleanWrapper();
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Function<String, Optional<HostFiles>> hostFiles;
    private final KeyRing keys;
    private Optional<Registry> opened = Optional.empty();
    private final RecentRegistries recentStore;
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ObservableList<String> recentView = FXCollections.unmodifiableObservableList(recent);

    /** @param hostFiles a host of the sidebar by name, with its files (SFTP), for {@code HOST:/dir} registries */
    public RegistryViewModel(
            TasksViewModel tasks,
            DialogService dialogs,
            Function<String, Optional<HostFiles>> hostFiles,
            KeyRing keys) {
        this(tasks, dialogs, hostFiles, keys, RecentRegistries.standard());
    }

    /** @param recentStore where the registries opened lately are remembered */
    public RegistryViewModel(
            TasksViewModel tasks,
            DialogService dialogs,
            Function<String, Optional<HostFiles>> hostFiles,
            KeyRing keys,
            RecentRegistries recentStore) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.hostFiles = hostFiles;
        this.keys = keys;
        this.recentStore = recentStore;
        recent.setAll(recentStore.list());
    }

    /** The registries opened lately, most recent first, offered beside the location field. */
    public ObservableList<String> recent() {
        return recentView;
    }

    public ObservableList<RegistryEntry> entries() {
        return entriesView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether publish and delete are possible here (directories; not HTTP listings). */
    public ReadOnlyBooleanProperty writableProperty() {
        return writable.getReadOnlyProperty();
    }

    public KeyRing keys() {
        return keys;
    }

    /** The registry last opened, for importing by pushing its files. */
    public Optional<Registry> registry() {
        return opened;
    }

    /** Reads the registry off the FX thread; the list is replaced when it arrives. */
    public void load() {
        String where = location.get().strip();
        Registry registry;
        try {
            registry = Registry.open(where, hostFiles);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        status.set("Reading " + registry.store().location() + "…");
        tasks.run(
                "list registry " + where,
                "this workstation",
                context -> registry.list(),
                (List<RegistryEntry> found) -> {
                    opened = Optional.of(registry);
                    writable.set(registry.store().writableFiles().isPresent());
                    entries.setAll(found);
                    status.set(found.size() + " image(s) in " + registry.store().location());
                    try {
                        recent.setAll(recentStore.remember(where));
                    } catch (UncheckedIOException notSaved) {
                        // Only the convenience list is lost; the registry itself opened.
                    }
                },
                e -> {
                    opened = Optional.empty();
                    writable.set(false);
                    entries.clear();
                    status.set(ErrorText.of(e).headline());
                });
    }

    /**
     * Hash, signature (with the chosen key), meta, xz index and every block's CRC; the result in a dialog. Images not
     * on this workstation are copied to a temporary directory first, with progress.
     */
    public void verify(RegistryEntry entry) {
        if (opened.isEmpty()) {
            return;
        }
        Registry registry = opened.get();
        Optional<KeyRing.Key> key = verifyKey.get();
        tasks.run(
                "verify " + entry.name().xzFile(),
                "this workstation",
                context -> {
                    context.phase("Verifying");
                    return registry.verify(
                            entry,
                            key.isPresent() ? Optional.of(KeyRing.read(key.get())) : Optional.empty(),
                            Runtime.getRuntime().availableProcessors(),
                            context::bytes,
                            context.cancellation());
                },
                (ImageVerification result) -> dialogs.info(
                        result.passed() ? "Verified: " + entry.name() : "Verification failed: " + entry.name(),
                        describe(result)),
                e -> dialogs.error(
                        "Verify failed",
                        ErrorText.of(e).headline(),
                        ErrorText.of(e).details()));
    }

    /** Deletes the image's files after confirmation, the .skein first. */
    public void delete(RegistryEntry entry) {
        if (opened.isEmpty() || !writable.get()) {
            dialogs.info("Delete", "An HTTP registry is read-only here; delete the files on the server.");
            return;
        }
        Registry registry = opened.get();
        dialogs.confirm(
                "Delete " + entry.name() + "?",
                "Deletes " + entry.name().xzFile() + " and its .meta, .skein and .sig from "
                        + registry.store().location() + ". Hosts that already imported it keep their pot.",
                "Delete",
                () -> tasks.run(
                        "delete " + entry.name().xzFile(),
                        "this workstation",
                        context -> {
                            registry.delete(entry.name());
                            return entry;
                        },
                        deleted -> load(),
                        e -> dialogs.error(
                                "Delete failed",
                                ErrorText.of(e).headline(),
                                ErrorText.of(e).details())));
    }

    /** Verifies an image here and uploads its files into the open registry, renamed into place when all are in. */
    public void publish(Path xz) {
        if (opened.isEmpty() || !writable.get()) {
            dialogs.info("Publish", "Open a registry directory (here or HOST:/dir) to publish into.");
            return;
        }
        Registry registry = opened.get();
        tasks.run(
                "publish " + xz.getFileName() + " to " + registry.store().location(),
                "this workstation",
                context -> {
                    context.phase("Verifying and copying");
                    return registry.publish(xz, context::bytes, context.cancellation());
                },
                (List<String> published) -> load(),
                e -> dialogs.error(
                        "Publish failed",
                        ErrorText.of(e).headline(),
                        ErrorText.of(e).details()));
    }

    /** The URL a host should use for this registry: as typed for HTTP, file:// for a directory. */
    public String urlForHosts() {
        return opened.map(r -> r.store().urlForHosts()).orElse("file:///");
    }

    static String describe(ImageVerification result) {
        return result.checks().stream()
                .map(c -> c.status().name().toLowerCase(Locale.ROOT) + "  " + c.name() + ": " + c.detail())
                .collect(Collectors.joining("\n"));
    }

    // The form's fields, for the view to bind.

    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<Optional<KeyRing.Key>> verifyKeyProperty() {
        return verifyKey;
    }
}
