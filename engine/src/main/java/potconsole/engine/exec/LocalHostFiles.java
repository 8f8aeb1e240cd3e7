package potconsole.engine.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/** The file system of the machine the console runs on. */
public final class LocalHostFiles implements HostFiles {
    private static final int BUFFER = 1 << 20;
    private final String label;

    public LocalHostFiles(String label) {
        this.label = label;
    }

    @Override
    public List<Entry> list(String directory) throws IOException {
        Path dir = Path.of(directory);
        if (!Files.isDirectory(dir)) {
            throw new IOException(directory + " is not a directory");
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                entries.add(new Entry(file.getFileName().toString(), Files.size(file)));
            }
        }
        entries.sort(Comparator.comparing(Entry::name));
        return entries;
    }

    @Override
    public InputStream read(String path) throws IOException {
        return Files.newInputStream(Path.of(path));
    }

    @Override
    public void upload(Path source, String target, Progress progress, Cancellation cancellation) throws IOException {
        Path to = Path.of(target);
        Path dir = to.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a directory");
        }
        Path part = PartFile.create(dir, to.getFileName().toString());
        try {
            long total = Files.size(source);
            long done = 0;
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = Files.newInputStream(source);
                    OutputStream out = Files.newOutputStream(part)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
                        throw new ExecCancelledException("cancelled: copy of " + source + " to " + target);
                    }
                    out.write(buffer, 0, n);
                    done += n;
                    progress.update(done, total);
                }
            }
            Files.move(part, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    @Override
    public void rename(String from, String to) throws IOException {
        Files.move(Path.of(from), Path.of(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void delete(String path) throws IOException {
        Files.deleteIfExists(Path.of(path));
    }

    @Override
    public boolean isExecutable(String path) throws IOException {
        return Files.getPosixFilePermissions(Path.of(path)).contains(PosixFilePermission.OWNER_EXECUTE);
    }

    @Override
    public void makeExecutable(String path) throws IOException {
        var permissions = new HashSet<>(Files.getPosixFilePermissions(Path.of(path)));
        permissions.add(PosixFilePermission.OWNER_EXECUTE);
        permissions.add(PosixFilePermission.GROUP_EXECUTE);
        permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(Path.of(path), permissions);
    }

    @Override
    public String describe() {
        return label;
    }
}
