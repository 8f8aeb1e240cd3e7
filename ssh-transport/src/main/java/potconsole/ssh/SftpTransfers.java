package potconsole.ssh;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SftpException;
import com.jcraft.jsch.SftpProgressMonitor;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.PartFile;

/**
 * SFTP over the host's session. Both directions write under a temporary name next to the target and rename on
 * success, so a cancelled or broken transfer never leaves a file under its final name.
 */
public final class SftpTransfers {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SshConnection connection;

    public SftpTransfers(SshConnection connection) {
        this.connection = connection;
    }

    public void upload(Path local, String remote, TransferListener listener, Cancellation cancellation) {
        String part = remote + ".part-" + suffix();
        long size = sizeOf(local);
        withSftp(
                sftp -> {
                    try {
                        sftp.put(local.toString(), part, monitor(listener, size, cancellation), ChannelSftp.OVERWRITE);
                        checkCancelled(cancellation);
                        replace(sftp, part, remote);
                    } catch (SftpException e) {
                        SftpException explained = SftpFullDisk.explain(connection, part, size, e);
                        removeQuietly(sftp, part);
                        throw explained;
                    } catch (RuntimeException e) {
                        removeQuietly(sftp, part);
                        throw e;
                    }
                    return null;
                },
                "upload of " + local + " to " + remote,
                cancellation);
    }

    public void download(String remote, Path local, TransferListener listener, Cancellation cancellation) {
        Path dir = local.toAbsolutePath().getParent();
        withSftp(
                sftp -> {
                    long size = sftp.lstat(remote).getSize();
                    Path part = null;
                    try {
                        Files.createDirectories(dir);
                        part = PartFile.create(dir, local.getFileName().toString());
                        sftp.get(remote, part.toString(), monitor(listener, size, cancellation), ChannelSftp.OVERWRITE);
                        checkCancelled(cancellation);
                        Files.move(part, local, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        part = null;
                    } catch (IOException e) {
                        throw new SshException(
                                SshException.Reason.TRANSFER_FAILED,
                                "Cannot write " + local + ": " + e.getMessage(),
                                e);
                    } finally {
                        if (part != null) {
                            Files.deleteIfExists(part);
                        }
                    }
                    return null;
                },
                "download of " + remote + " to " + local,
                cancellation);
    }

    /** Size of a remote file, for progress of work that writes it (e.g. pot export polled from the console). */
    public long remoteSize(String remote) {
        return withSftp(sftp -> sftp.lstat(remote).getSize(), "stat of " + remote, new Cancellation());
    }

    /** The regular files of a remote directory with their sizes. */
    public List<HostFiles.Entry> list(String directory) {
        return withSftp(
                sftp -> {
                    List<HostFiles.Entry> entries = new ArrayList<>();
                    for (Object o : sftp.ls(directory)) {
                        ChannelSftp.LsEntry e = (ChannelSftp.LsEntry) o;
                        if (e.getAttrs().isReg()) {
                            entries.add(new HostFiles.Entry(
                                    e.getFilename(), e.getAttrs().getSize()));
                        }
                    }
                    entries.sort(Comparator.comparing(HostFiles.Entry::name));
                    return entries;
                },
                "listing of " + directory,
                new Cancellation());
    }

    /** A remote file as a stream; the SFTP channel stays open until the stream is closed. */
    public InputStream read(String remote) {
        connection.acquireChannel();
        ChannelSftp sftp = null;
        try {
            sftp = (ChannelSftp) connection.session().openChannel("sftp");
            sftp.connect();
            ChannelSftp channel = sftp;
            return new FilterInputStream(sftp.get(remote)) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    if (!closed) {
                        closed = true;
                        try {
                            super.close();
                        } finally {
                            channel.disconnect();
                            connection.releaseChannel();
                        }
                    }
                }
            };
        } catch (SftpException | JSchException e) {
            if (sftp != null) {
                sftp.disconnect();
            }
            connection.releaseChannel();
            throw new SshException(
                    connection.isConnected()
                            ? SshException.Reason.TRANSFER_FAILED
                            : SshException.Reason.CONNECTION_LOST,
                    "Cannot read " + remote + ": " + e.getMessage(),
                    e);
        }
    }

    /** The permission bits of a remote file. */
    public int permissions(String remote) {
        return withSftp(sftp -> sftp.stat(remote).getPermissions() & 07777, "stat of " + remote, new Cancellation());
    }

    public void chmod(String remote, int permissions) {
        withSftp(
                sftp -> {
                    sftp.chmod(permissions, remote);
                    return null;
                },
                "chmod of " + remote,
                new Cancellation());
    }

    public void rename(String from, String to) {
        withSftp(
                sftp -> {
                    replace(sftp, from, to);
                    return null;
                },
                "rename of " + from,
                new Cancellation());
    }

    /** Removes a remote file; one that is not there is not an error. */
    public void delete(String remote) {
        withSftp(
                sftp -> {
                    try {
                        sftp.rm(remote);
                    } catch (SftpException e) {
                        if (e.id != ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                            throw e;
                        }
                    }
                    return null;
                },
                "removal of " + remote,
                new Cancellation());
    }

    private interface SftpWork<T> {
        T run(ChannelSftp sftp) throws SftpException, IOException;
    }

    private <T> T withSftp(SftpWork<T> work, String what, Cancellation cancellation) {
        connection.acquireChannel();
        ChannelSftp sftp = null;
        try {
            sftp = (ChannelSftp) connection.session().openChannel("sftp");
            sftp.connect();
            return work.run(sftp);
        } catch (SftpException | IOException e) {
            if (cancellation.isCancelled()) {
                throw new ExecCancelledException("cancelled: " + what);
            }
            if (!connection.isConnected()) {
                throw new SshException(SshException.Reason.CONNECTION_LOST, "Connection lost during the " + what, e);
            }
            throw new SshException(
                    SshException.Reason.TRANSFER_FAILED, "The " + what + " failed: " + e.getMessage(), e);
        } catch (JSchException e) {
            throw new SshException(
                    connection.isConnected() ? SshException.Reason.PROTOCOL : SshException.Reason.CONNECTION_LOST,
                    "The " + what + " failed: " + e.getMessage(),
                    e);
        } finally {
            if (sftp != null) {
                sftp.disconnect();
            }
            connection.releaseChannel();
        }
    }

    /** SFTP v3 rename refuses an existing target; remove it first (the new file is complete by now). */
    private static void replace(ChannelSftp sftp, String part, String remote) throws SftpException {
        try {
            sftp.rename(part, remote);
        } catch (SftpException e) {
            removeQuietly(sftp, remote);
            sftp.rename(part, remote);
        }
    }

    private static void removeQuietly(ChannelSftp sftp, String path) {
        try {
            sftp.rm(path);
        } catch (SftpException | RuntimeException e) {
            // Already gone, or the link is down: nothing more to clean here.
        }
    }

    private static void checkCancelled(Cancellation c) {
        if (c.isCancelled()) {
            throw new ExecCancelledException("cancelled");
        }
    }

    private static SftpProgressMonitor monitor(TransferListener listener, long size, Cancellation cancellation) {
        return new SftpProgressMonitor() {
            private long done;

            @Override
            public void init(int op, String src, String dest, long max) {
                listener.progress(0, size);
            }

            @Override
            public boolean count(long count) {
                done += count;
                listener.progress(done, size);
                return !cancellation.isCancelled();
            }

            @Override
            public void end() {}
        };
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new SshException(SshException.Reason.TRANSFER_FAILED, "Cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private static String suffix() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
