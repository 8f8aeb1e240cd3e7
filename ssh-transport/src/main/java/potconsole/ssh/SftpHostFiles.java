package potconsole.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.HostFiles;

/** A host's files over SFTP on its one SSH session; SSH failures become IOExceptions with the transfer's words. */
final class SftpHostFiles implements HostFiles {
    private final Supplier<SftpTransfers> sftp;
    private final String label;

    SftpHostFiles(Supplier<SftpTransfers> sftp, String label) {
        this.sftp = sftp;
        this.label = label;
    }

    @Override
    public List<Entry> list(String directory) throws IOException {
        return io(() -> sftp.get().list(directory));
    }

    @Override
    public InputStream read(String path) throws IOException {
        return io(() -> sftp.get().read(path));
    }

    @Override
    public void upload(Path source, String target, Progress progress, Cancellation cancellation) throws IOException {
        io(() -> {
            sftp.get().upload(source, target, progress::update, cancellation);
            return null;
        });
    }

    @Override
    public void rename(String from, String to) throws IOException {
        io(() -> {
            sftp.get().rename(from, to);
            return null;
        });
    }

    @Override
    public void delete(String path) throws IOException {
        io(() -> {
            sftp.get().delete(path);
            return null;
        });
    }

    @Override
    public boolean isExecutable(String path) throws IOException {
        return io(() -> (sftp.get().permissions(path) & 0100) != 0);
    }

    @Override
    public void makeExecutable(String path) throws IOException {
        io(() -> {
            SftpTransfers t = sftp.get();
            t.chmod(path, t.permissions(path) | 0111);
            return null;
        });
    }

    @Override
    public String describe() {
        return label;
    }

    private static <T> T io(Supplier<T> work) throws IOException {
        try {
            return work.get();
        } catch (SshException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
