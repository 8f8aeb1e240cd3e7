package potconsole.engine.flavour;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import potconsole.engine.command.Validate;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.io.PrivateFiles;
import potconsole.engine.model.Flavour;

/**
 * A flavour directory — a host's {@code /usr/local/etc/pot/flavours} over SFTP, the sandbox's, or a folder on this
 * workstation — read and written as flavours: {@code NAME} and {@code NAME.sh} together. Saving is atomic per file,
 * keeps a copy of the previous version on this workstation (never in the flavour directory, where pot would list it
 * as a flavour), and sets the bootstrap's execute bits.
 */
public final class FlavourLibrary {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final HostFiles files;
    private final String directory;
    private final Path backups;
    private final Clock clock;

    /**
     * @param backups where previous versions are kept on this workstation, one folder per library
     */
    public FlavourLibrary(HostFiles files, String directory, Path backups, Clock clock) {
        this.files = files;
        this.directory = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
        this.backups = backups;
        this.clock = clock;
    }

    public String location() {
        return directory + " on " + files.describe();
    }

    /** The flavours as {@code pot ls -f} lists them: every file name, {@code .sh} removed, both parts noted. */
    public List<Flavour> list() throws IOException {
        Map<String, boolean[]> parts = new TreeMap<>();
        for (HostFiles.Entry e : files.list(directory)) {
            if (e.name().startsWith(".")) {
                continue;
            }
            boolean script = e.name().endsWith(".sh");
            String name = script ? e.name().substring(0, e.name().length() - 3) : e.name();
            parts.computeIfAbsent(name, n -> new boolean[2])[script ? 1 : 0] = true;
        }
        List<Flavour> flavours = new ArrayList<>();
        parts.forEach((name, p) -> flavours.add(new Flavour(name, p[0], p[1])));
        return flavours;
    }

    public FlavourDocument open(String name) throws IOException {
        Validate.simpleName(name, "The flavour name");
        Optional<String> commandFile = readIfPresent(path(name));
        Optional<String> bootstrap = readIfPresent(path(name + ".sh"));
        if (commandFile.isEmpty() && bootstrap.isEmpty()) {
            throw new IOException("Flavour " + name + " not found in " + location());
        }
        return new FlavourDocument(
                name, commandFile, bootstrap, bootstrap.isPresent() && files.isExecutable(path(name + ".sh")));
    }

    /**
     * Writes the flavour's parts (a part that is empty in the document is removed), after copying the versions it
     * replaces to the backup folder.
     *
     * @return the backup folder of this save, empty when nothing was replaced
     */
    public Optional<Path> save(FlavourDocument flavour) throws IOException {
        Validate.simpleName(flavour.name(), "The flavour name");
        if (flavour.commandFile().isEmpty() && flavour.bootstrap().isEmpty()) {
            throw new IOException("A flavour needs a command file, a bootstrap script or both");
        }
        Optional<Path> backup = backUp(flavour.name());
        write(flavour.name(), flavour.commandFile());
        write(flavour.name() + ".sh", flavour.bootstrap());
        if (flavour.bootstrap().isPresent()) {
            files.makeExecutable(path(flavour.name() + ".sh"));
        }
        return backup;
    }

    public void delete(String name) throws IOException {
        backUp(name);
        files.delete(path(name + ".sh"));
        files.delete(path(name));
    }

    public void rename(String from, String to) throws IOException {
        rename(from, to, true);
    }

    public void duplicate(String from, String to) throws IOException {
        rename(from, to, false);
    }

    /** Copies a flavour into another library (another host, a folder here), under the same name. */
    public void copyTo(String name, FlavourLibrary target) throws IOException {
        copyTo(open(name), target);
    }

    private void rename(String from, String to, boolean removeOld) throws IOException {
        Validate.simpleName(to, "The new flavour name");
        if (list().stream().anyMatch(f -> f.name().equals(to))) {
            throw new IOException("A flavour named " + to + " exists in " + location());
        }
        copyTo(open(from).withName(to), this);
        if (removeOld) {
            delete(from);
        }
    }

    private static void copyTo(FlavourDocument flavour, FlavourLibrary target) throws IOException {
        target.save(flavour);
    }

    private Optional<Path> backUp(String name) throws IOException {
        Path folder = backups.resolve(name + "." + STAMP.format(clock.instant()));
        boolean any = false;
        for (String file : List.of(name, name + ".sh")) {
            Optional<String> old = readIfPresent(path(file));
            if (old.isPresent()) {
                // Backups stay private (0600 in 0700 directories): a flavour script may hold a secret.
                PrivateFiles.replace(
                        folder.resolve(file), tmp -> Files.writeString(tmp, old.get(), StandardCharsets.UTF_8));
                any = true;
            }
        }
        return any ? Optional.of(folder) : Optional.empty();
    }

    private void write(String file, Optional<String> content) throws IOException {
        if (content.isEmpty()) {
            files.delete(path(file));
            return;
        }
        Path temp = Files.createTempFile("potconsole-flavour", ".part");
        try {
            Files.writeString(temp, content.get(), StandardCharsets.UTF_8);
            files.upload(temp, path(file), HostFiles.Progress.NONE, new Cancellation());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Optional<String> readIfPresent(String path) throws IOException {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (files.list(directory).stream().noneMatch(e -> e.name().equals(name))) {
            return Optional.empty();
        }
        try (InputStream in = files.read(path)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private String path(String file) {
        return directory + "/" + file;
    }
}
