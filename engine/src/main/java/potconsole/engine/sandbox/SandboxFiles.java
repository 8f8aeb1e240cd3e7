package potconsole.engine.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.HostFiles;

/**
 * The sandbox host's simulated file system as {@link HostFiles}, so registries, cache pushes and the flavour library
 * work on it too. The flavour directory is the sandbox's flavours themselves, so a flavour saved here is what
 * {@code pot ls -f} lists and {@code pot create -f} applies.
 */
final class SandboxFiles implements HostFiles {
    static final String FLAVOURS = "/usr/local/etc/pot/flavours/";
    private static final int CHUNK = 256 * 1024;
    private final SandboxState state;
    private final ReentrantLock lock;

    SandboxFiles(SandboxState state, ReentrantLock lock) {
        this.state = state;
        this.lock = lock;
    }

    @Override
    public List<Entry> list(String directory) throws IOException {
        String dir = directory.endsWith("/") ? directory : directory + "/";
        return locked(() -> {
            List<Entry> entries = new ArrayList<>();
            if (dir.equals(FLAVOURS)) {
                for (SandboxFlavour f : state.flavours.values()) {
                    if (f.commandFile() != null) {
                        entries.add(new Entry(f.name(), bytes(f.commandFile()).length));
                    }
                    if (f.bootstrap() != null) {
                        entries.add(new Entry(f.name() + ".sh", bytes(f.bootstrap()).length));
                    }
                }
                return entries;
            }
            if (!state.isDir(dir)) {
                throw new IOException(directory + ": No such file or directory");
            }
            state.hostFiles.subMap(dir, dir + Character.MAX_VALUE).forEach((path, data) -> {
                String rest = path.substring(dir.length());
                if (!rest.isEmpty() && !rest.contains("/")) {
                    entries.add(new Entry(rest, data.length));
                }
            });
            return entries;
        });
    }

    @Override
    public InputStream read(String path) throws IOException {
        return locked(() -> {
            Optional<String> flavour = flavourPart(path);
            if (flavour.isPresent()) {
                return new ByteArrayInputStream(bytes(flavour.get()));
            }
            if (!state.isFile(path)) {
                throw new NoSuchFileException(path);
            }
            return new ByteArrayInputStream(state.hostFiles.get(path));
        });
    }

    @Override
    public void upload(Path source, String target, Progress progress, Cancellation cancellation) throws IOException {
        String dir = target.substring(0, target.lastIndexOf('/') + 1);
        long total = Files.size(source);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(source)) {
            byte[] buffer = new byte[CHUNK];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (cancellation.isCancelled()) {
                    throw new ExecCancelledException("cancelled: upload of " + source + " to " + target);
                }
                data.write(buffer, 0, n);
                spend(target, n);
                progress.update(data.size(), total);
            }
        }
        locked(() -> {
            if (dir.equals(FLAVOURS)) {
                putFlavourPart(target, data.toString(StandardCharsets.UTF_8));
                state.executables.remove(target);
                return null;
            }
            if (!state.isDir(dir)) {
                throw new IOException(dir + ": No such file or directory");
            }
            state.hostFiles.put(target, data.toByteArray());
            state.executables.remove(target);
            return null;
        });
    }

    /** Counts written bytes against {@link SandboxFaults#fillsUpAfter}; the pool is full once they are spent. */
    private void spend(String target, int n) throws IOException {
        locked(() -> {
            long left = state.facts.writableBytes;
            if (left >= 0 && left < n) {
                state.facts.writableBytes = 0;
                throw new IOException(target + ": No space left on device");
            }
            if (left >= 0) {
                state.facts.writableBytes = left - n;
            }
            return null;
        });
    }

    @Override
    public void rename(String from, String to) throws IOException {
        locked(() -> {
            Optional<String> flavour = flavourPart(from);
            if (flavour.isPresent()) {
                removeFlavourPart(from);
                putFlavourPart(to, flavour.get());
            } else {
                byte[] data = state.hostFiles.remove(from);
                if (data == null) {
                    throw new NoSuchFileException(from);
                }
                state.hostFiles.put(to, data);
            }
            if (state.executables.remove(from)) {
                state.executables.add(to);
            }
            return null;
        });
    }

    @Override
    public void delete(String path) {
        lock.lock();
        try {
            if (flavourPart(path).isPresent()) {
                removeFlavourPart(path);
            } else if (state.isFile(path)) {
                state.hostFiles.remove(path);
            }
            state.executables.remove(path);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isExecutable(String path) throws IOException {
        return locked(() -> {
            requireFile(path);
            return state.executables.contains(path);
        });
    }

    @Override
    public void makeExecutable(String path) throws IOException {
        locked(() -> {
            requireFile(path);
            return state.executables.add(path);
        });
    }

    private void requireFile(String path) throws NoSuchFileException {
        if (flavourPart(path).isEmpty() && !state.isFile(path)) {
            throw new NoSuchFileException(path);
        }
    }

    /** A step on the simulated file system that may fail as a real one does. */
    private interface FileStep<T> {
        T run() throws IOException;
    }

    /** Runs {@code step} under the sandbox's lock, which the simulated pot commands share. */
    private <T> T locked(FileStep<T> step) throws IOException {
        lock.lock();
        try {
            return step.run();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String describe() {
        return "sandbox";
    }

    /** The command file or bootstrap a path of the flavour directory names, when it exists. */
    private Optional<String> flavourPart(String path) {
        if (!path.startsWith(FLAVOURS) || path.indexOf('/', FLAVOURS.length()) >= 0) {
            return Optional.empty();
        }
        FlavourPath part = FlavourPath.of(path);
        SandboxFlavour f = state.flavours.get(part.flavour());
        if (f == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(part.script() ? f.bootstrap() : f.commandFile());
    }

    /** A file in the flavour directory: a flavour's command file ({@code name}) or its bootstrap ({@code name.sh}). */
    private record FlavourPath(String flavour, boolean script) {
        static FlavourPath of(String path) {
            String file = path.substring(FLAVOURS.length());
            boolean script = file.endsWith(".sh");
            return new FlavourPath(script ? file.substring(0, file.length() - 3) : file, script);
        }
    }

    private void putFlavourPart(String path, String content) {
        FlavourPath part = FlavourPath.of(path);
        boolean script = part.script();
        String name = part.flavour();
        SandboxFlavour old = state.flavours.get(name);
        String commandFile = script ? (old == null ? null : old.commandFile()) : content;
        String bootstrap = script ? content : (old == null ? null : old.bootstrap());
        // The simulated run of a bootstrap is kept only while the script is unchanged.
        boolean sameScript = old != null && Objects.equals(old.bootstrap(), bootstrap);
        storeFlavour(name, commandFile, bootstrap, sameScript ? old : null);
    }

    private void removeFlavourPart(String path) {
        FlavourPath part = FlavourPath.of(path);
        boolean script = part.script();
        String name = part.flavour();
        SandboxFlavour old = state.flavours.get(name);
        if (old == null) {
            return;
        }
        String commandFile = script ? old.commandFile() : null;
        String bootstrap = script ? null : old.bootstrap();
        if (commandFile == null && bootstrap == null) {
            state.flavours.remove(name);
        } else {
            storeFlavour(name, commandFile, bootstrap, old);
        }
    }

    /** Stores a flavour's two files, with the simulated bootstrap run of {@code runOf} (none when null). */
    private void storeFlavour(String name, String commandFile, String bootstrap, SandboxFlavour runOf) {
        state.flavours.put(
                name,
                new SandboxFlavour(
                        name,
                        commandFile,
                        bootstrap,
                        runOf == null ? List.of() : runOf.bootstrapStdout(),
                        runOf != null
                                ? runOf.bootstrapStderr()
                                : bootstrap == null ? List.of() : SandboxPackages.stderr(bootstrap),
                        runOf != null
                                ? runOf.installs()
                                : bootstrap == null ? Map.of() : SandboxPackages.installs(bootstrap)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
