package potconsole.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the workstation's own small files (saved hosts, recent registries, the journal, window sizes, backups) that
 * only their owner may read: files are 0600 and the directories the console creates 0700, whatever the umask (the
 * modes are set explicitly after creation, since a umask can only narrow what a create asks for). Whole files go to a
 * 0600 temporary file beside the target, which then replaces it in one atomic move, so a reader never sees half a
 * file and the content is never readable by others, not even for a moment.
 */
public final class PrivateFiles {
    /** Writes the whole content to the path it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    /** One lock object per file in this JVM: a file lock is held per process, threads must queue before it. */
    private static final ConcurrentHashMap<Path, Object> APPENDING = new ConcurrentHashMap<>();

    private PrivateFiles() {}

    /** Replaces {@code file} (mode 0600) with what {@code content} writes, creating its directory (0700) if needed. */
    public static void replace(Path file, Content content) throws IOException {
        Path dir = directory(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", attribute(FILE));
        try {
            chmod(tmp, FILE);
            content.writeTo(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Creates {@code dir} and any missing parents, each one it creates 0700; returns it. */
    public static Path directory(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        List<Path> missing = new ArrayList<>();
        for (Path p = abs; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p, attribute(DIRECTORY));
                chmod(p, DIRECTORY);
            } catch (FileAlreadyExistsException raced) {
                // Another writer made it first.
            }
        }
        return abs;
    }

    /**
     * Appends one whole record (a line) to a 0600 file: written in a single write under the file's lock, so records
     * from threads of this process and from other processes (the console and a potctl at once) never interleave or
     * tear, and none is lost to a {@link #rewrite} running at the same time.
     */
    public static void appendLine(Path file, String line) throws IOException {
        byte[] bytes = (line.endsWith("\n") ? line : line + "\n").getBytes(StandardCharsets.UTF_8);
        Path abs = file.toAbsolutePath();
        locked(abs, () -> {
            boolean created = !Files.exists(abs);
            try (FileChannel ch = FileChannel.open(
                    abs,
                    EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE),
                    attribute(FILE))) {
                if (created) {
                    chmod(abs, FILE);
                }
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        });
    }

    /** {@link #replace} under the same lock as {@link #appendLine}: no append is lost to the rewrite. */
    public static void rewrite(Path file, Content content) throws IOException {
        Path abs = file.toAbsolutePath();
        locked(abs, () -> replace(abs, content));
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }

    /**
     * Runs {@code action} holding this JVM's lock for {@code file} and the lock on its sibling
     * {@code .NAME.lock} (0600), which other processes take too. A sibling, not the file itself: a rewrite replaces
     * the file, and a lock on the old one would no longer exclude anybody.
     */
    private static void locked(Path file, Action action) throws IOException {
        Path dir = directory(file.getParent());
        Path lockFile = dir.resolve("." + file.getFileName() + ".lock");
        synchronized (APPENDING.computeIfAbsent(file, p -> new Object())) {
            try (FileChannel ch = FileChannel.open(
                            lockFile,
                            EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                            attribute(FILE));
                    FileLock lock = ch.lock()) {
                action.run();
            }
        }
    }

    /**
     * Takes every permission of group and others off the files and directories under {@code root} (and root
     * itself): files end at most 0600, directories 0700. Symbolic links are left alone. Returns what was changed.
     */
    public static List<Path> tighten(Path root) throws IOException {
        List<Path> changed = new ArrayList<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return changed;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                narrow(dir, changed);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() || attrs.isDirectory()) {
                    narrow(file, changed);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return changed;
    }

    private static void narrow(Path p, List<Path> changed) throws IOException {
        Set<PosixFilePermission> now;
        try {
            now = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return;
        }
        Set<PosixFilePermission> kept = EnumSet.noneOf(PosixFilePermission.class);
        kept.addAll(now);
        if (kept.removeAll(OTHERS)) {
            Files.setPosixFilePermissions(p, kept);
            changed.add(p);
        }
    }

    private static void chmod(Path p, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(p, mode);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to narrow.
        }
    }

    private static FileAttribute<?>[] attribute(Set<PosixFilePermission> mode) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)}
                : new FileAttribute<?>[0];
    }
}
