package potconsole.engine.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import potconsole.engine.exec.HostFiles;

/**
 * Where a registry's files are: a directory reached through {@link HostFiles} (this workstation, a host over SFTP,
 * the sandbox) or an HTTP(S) directory listing. A registry is nothing but a flat directory of image files.
 */
public interface RegistryStore {
    /** For the UI: "/srv/images on this workstation", an URL. */
    String location();

    /** The {@code -U} base URL a host's {@code pot import} fetches this registry with. */
    String urlForHosts();

    List<HostFiles.Entry> files() throws IOException, InterruptedException;

    InputStream open(String fileName) throws IOException, InterruptedException;

    /** The directory's files for publishing and deleting; empty for a read-only registry (HTTP). */
    Optional<HostFiles> writableFiles();

    /** The path of a file of this registry as {@link #writableFiles()} names it. */
    String pathOf(String fileName);

    /** Whether the files can be verified in place on this workstation (no copy needed). */
    default Optional<Path> localDirectory() {
        return Optional.empty();
    }
}
