package potconsole.engine.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.HostFiles;

/** The sandbox host's simulated file system as {@link HostFiles}, so registries and cache pushes work on it too. */
final class SandboxFiles implements HostFiles {
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
        lock.lock();
        try {
            if (!state.isDir(dir)) {
                throw new IOException(directory + ": No such file or directory");
            }
            List<Entry> entries = new ArrayList<>();
            state.hostFiles.subMap(dir, dir + Character.MAX_VALUE).forEach((path, data) -> {
                String rest = path.substring(dir.length());
                if (!rest.isEmpty() && !rest.contains("/")) {
                    entries.add(new Entry(rest, data.length));
                }
            });
            return entries;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public InputStream read(String path) throws IOException {
        lock.lock();
        try {
            if (!state.isFile(path)) {
                throw new NoSuchFileException(path);
            }
            return new ByteArrayInputStream(state.hostFiles.get(path));
        } finally {
            lock.unlock();
        }
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
                progress.update(data.size(), total);
            }
        }
        lock.lock();
        try {
            if (!state.isDir(dir)) {
                throw new IOException(dir + ": No such file or directory");
            }
            state.hostFiles.put(target, data.toByteArray());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void rename(String from, String to) throws IOException {
        lock.lock();
        try {
            byte[] data = state.hostFiles.remove(from);
            if (data == null) {
                throw new NoSuchFileException(from);
            }
            state.hostFiles.put(to, data);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void delete(String path) {
        lock.lock();
        try {
            if (state.isFile(path)) {
                state.hostFiles.remove(path);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String describe() {
        return "sandbox";
    }
}
