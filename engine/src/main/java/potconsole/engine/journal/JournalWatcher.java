package potconsole.engine.journal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Calls back whenever the journal file is written or replaced, on a daemon thread (inotify on Linux: no polling, the
 * callback comes within milliseconds of another writer's append). Watches the file's directory, the only thing a
 * {@link WatchService} can watch; other files there are ignored.
 */
final class JournalWatcher implements AutoCloseable {
    private final WatchService service;

    private JournalWatcher(WatchService service) {
        this.service = service;
    }

    /** A watcher, or one that never calls back when the directory cannot be watched (the journal still works). */
    static JournalWatcher start(Path file, Runnable changed) {
        Path abs = file.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            WatchService service = abs.getFileSystem().newWatchService();
            abs.getParent()
                    .register(
                            service,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.OVERFLOW);
            Thread t = new Thread(() -> loop(service, abs.getFileName(), changed), "journal-watch");
            t.setDaemon(true);
            t.start();
            return new JournalWatcher(service);
        } catch (IOException | UnsupportedOperationException e) {
            return new JournalWatcher(null);
        }
    }

    private static void loop(WatchService service, Path name, Runnable changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context());
                }
                if (ours) {
                    changed.run();
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (ClosedWatchServiceException e) {
            // closed: done
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}
