package potconsole.app.images;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.image.DirectoryRegistry;
import potconsole.engine.image.HttpRegistry;
import potconsole.engine.image.ImageVerification;
import potconsole.engine.image.ImageVerifier;
import potconsole.engine.image.RegistryEntry;

/**
 * The registry browser: a directory on this workstation or an HTTP(S) listing, its images by pot and version, and
 * what can be done with one — verify and delete (directories here), import onto a host.
 */
public final class RegistryViewModel {
    public final StringProperty location = new SimpleStringProperty(System.getProperty("user.home", "/"));
    private final ObservableList<RegistryEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final TasksViewModel tasks;
    private final DialogService dialogs;

    public RegistryViewModel(TasksViewModel tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ObservableList<RegistryEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public boolean isRemote() {
        return location.get().strip().matches("(?i)https?://.*");
    }

    /** Reads the registry off the FX thread; the list is replaced when it arrives. */
    public void load() {
        String where = location.get().strip();
        status.set("Reading " + where + "…");
        tasks.run(
                "list registry " + where,
                "this workstation",
                context -> isRemote()
                        ? HttpRegistry.withDefaults().list(URI.create(where))
                        : DirectoryRegistry.list(Path.of(where)),
                (List<RegistryEntry> found) -> {
                    entries.setAll(found);
                    status.set(found.size() + " image(s) in " + where);
                },
                e -> {
                    entries.clear();
                    status.set(ErrorText.of(e).headline());
                });
    }

    /** Hash, signature presence, xz index and every block's CRC; the result in a dialog. */
    public void verify(RegistryEntry entry) {
        if (isRemote()) {
            dialogs.info(
                    "Verify",
                    "Images are verified where the files are: download them, or verify them on a"
                            + " host with pot import (it checks the .skein).");
            return;
        }
        Path xz = Path.of(location.get().strip()).resolve(entry.name().xzFile());
        tasks.run(
                "verify " + entry.name().xzFile(),
                "this workstation",
                context -> ImageVerifier.verify(
                        xz, Optional.empty(), Runtime.getRuntime().availableProcessors()),
                (ImageVerification result) -> dialogs.info(
                        result.passed() ? "Verified: " + entry.name() : "Verification failed: " + entry.name(),
                        describe(result)),
                e -> dialogs.error(
                        "Verify failed",
                        ErrorText.of(e).headline(),
                        ErrorText.of(e).details()));
    }

    /** Deletes the image's files after confirmation (directories on this workstation only). */
    public void delete(RegistryEntry entry) {
        if (isRemote()) {
            dialogs.info("Delete", "An HTTP registry is read-only here; delete the files on the server.");
            return;
        }
        Path dir = Path.of(location.get().strip());
        List<Path> files = List.of(
                dir.resolve(entry.name().skeinFile()),
                dir.resolve(entry.name().signatureFile()),
                dir.resolve(entry.name().metaFile()),
                dir.resolve(entry.name().xzFile()));
        dialogs.confirm(
                "Delete " + entry.name() + "?",
                "Deletes " + entry.name().xzFile() + " and its .meta, .skein and .sig from " + dir
                        + ". Hosts that already imported it keep their pot.",
                "Delete",
                () -> {
                    try {
                        for (Path file : files) {
                            Files.deleteIfExists(file);
                        }
                    } catch (IOException e) {
                        dialogs.error("Delete failed", e.getMessage(), "");
                    }
                    load();
                });
    }

    /** The URL a host should use for this registry: as typed for HTTP, file:// for a directory. */
    public String urlForHosts() {
        return isRemote()
                ? location.get().strip()
                : "file://" + Path.of(location.get().strip()).toAbsolutePath();
    }

    static String describe(ImageVerification result) {
        return result.checks().stream()
                .map(c -> c.status().name().toLowerCase(java.util.Locale.ROOT) + "  " + c.name() + ": " + c.detail())
                .collect(Collectors.joining("\n"));
    }
}
