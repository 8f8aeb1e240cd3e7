package potconsole.engine.exec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Files on a host, beside its command channel: SFTP for an SSH host, the file system for this machine, the simulated
 * file system for the sandbox. Used for registries on hosts and for pushing images into {@code POT_CACHE}. Writes are
 * atomic: the data goes under a temporary name beside the target and is renamed when complete, so a failed or
 * cancelled upload never leaves a file under the target's name.
 */
public interface HostFiles {
    /** A regular file of a directory and its size in bytes. */
    record Entry(String name, long size) {}

    /** Bytes copied so far of the total. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> {};

        void update(long done, long total);
    }

    /** The regular files of a directory (not recursive). */
    List<Entry> list(String directory) throws IOException;

    InputStream read(String path) throws IOException;

    /** Copies a local file to {@code target}, atomically; cancellation ends it with {@link ExecCancelledException}. */
    void upload(Path source, String target, Progress progress, Cancellation cancellation) throws IOException;

    /** Renames a file, replacing the target. */
    void rename(String from, String to) throws IOException;

    /** Deletes a file; a missing file is not an error. */
    void delete(String path) throws IOException;

    /** Whether the file has its owner's execute bit (flavour bootstraps must). */
    boolean isExecutable(String path) throws IOException;

    /** Sets the execute bits ({@code chmod a+x}). */
    void makeExecutable(String path) throws IOException;

    /** Where these files are, for messages: "this workstation", a host name. */
    String describe();
}
