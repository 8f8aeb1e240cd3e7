package potconsole.ssh;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SftpException;

/**
 * SFTP v3 reports a full disk (ENOSPC) as the bare "Failure". Asked while the partial file still holds its space, the
 * host's free space ({@code statvfs@openssh.com}) tells whether that was it.
 */
final class SftpFullDisk {
    private SftpFullDisk() {}

    /**
     * The failure of writing {@code size} bytes to {@code part}, explained when the disk is full; otherwise as it was.
     * Asks on a fresh channel (the failed one still has the upload's writes in flight), and only if the connection
     * has one to spare.
     */
    static SftpException explain(SshConnection connection, String part, long size, SftpException e) {
        if (e.id != ChannelSftp.SSH_FX_FAILURE || !connection.tryAcquireChannel()) {
            return e;
        }
        String dir = part.contains("/") ? part.substring(0, part.lastIndexOf('/') + 1) : ".";
        ChannelSftp probe = null;
        try {
            probe = (ChannelSftp) connection.session().openChannel("sftp");
            probe.connect();
            var vfs = probe.statVFS(dir);
            long free = vfs.getAvailBlocks() * vfs.getFragmentSize();
            if (free < size) {
                return new SftpException(
                        e.id,
                        "the host's disk is full (" + free + " bytes free in " + dir + ", the file needs " + size
                                + "); the SFTP server said only \"" + e.getMessage() + "\"",
                        e);
            }
        } catch (SftpException | JSchException | RuntimeException unknown) {
            // No statvfs@openssh.com extension, or the link is gone: keep the server's own word.
        } finally {
            if (probe != null) {
                probe.disconnect();
            }
            connection.releaseChannel();
        }
        return e;
    }
}
