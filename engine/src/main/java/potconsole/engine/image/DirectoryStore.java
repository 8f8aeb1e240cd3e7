package potconsole.engine.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.LocalHostFiles;

/** A registry directory reached through a host's files: here, on a host over SFTP, or in the sandbox. */
public final class DirectoryStore implements RegistryStore {
    private final HostFiles files;
    private final String directory;
    private final boolean local;

    private DirectoryStore(HostFiles files, String directory, boolean local) {
        this.files = files;
        this.directory = directory.length() > 1 && directory.endsWith("/")
                ? directory.substring(0, directory.length() - 1)
                : directory;
        this.local = local;
    }

    /** A directory on this workstation. */
    public static DirectoryStore local(Path directory) {
        return new DirectoryStore(
                new LocalHostFiles("this workstation"),
                directory.toAbsolutePath().toString(),
                true);
    }

    /** A directory on a host, through its files (SFTP, sandbox). */
    public static DirectoryStore onHost(HostFiles files, String directory) {
        if (!directory.startsWith("/")) {
            throw new IllegalArgumentException("A registry directory on a host must be an absolute path: " + directory);
        }
        return new DirectoryStore(files, directory, false);
    }

    @Override
    public String location() {
        return directory + " on " + files.describe();
    }

    /** file:// paths are read by the host that holds the directory; other hosts need it served over HTTP. */
    @Override
    public String urlForHosts() {
        return "file://" + directory;
    }

    @Override
    public List<HostFiles.Entry> files() throws IOException {
        return files.list(directory);
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        return files.read(pathOf(fileName));
    }

    @Override
    public Optional<HostFiles> writableFiles() {
        return Optional.of(files);
    }

    @Override
    public String pathOf(String fileName) {
        return directory + "/" + fileName;
    }

    @Override
    public Optional<Path> localDirectory() {
        return local ? Optional.of(Path.of(directory)) : Optional.empty();
    }
}
