package potconsole.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.StreamPump;
import potconsole.engine.exec.Tty;
import potconsole.engine.exec.TtyRunner;

/**
 * The engine's {@link CommandRunner} over SSH: one exec channel per command on the host's one session. The remote
 * command runs under {@link RemoteWrapper}, which records its PID, so cancelling ends the remote process tree (a
 * closed channel alone would leave it running), and which reads the command line from stdin, so it never shows in
 * the host's process list as the exec line. No timeout on the command itself; connect timeout and keepalives bound
 * the link.
 */
public final class SshRunner implements CommandRunner, TtyRunner, AutoCloseable {
    private final SshConnection connection;

    public SshRunner(SshConnection connection) {
        this.connection = connection;
    }

    public SshRunner(SshTarget target, SshPrompts prompts) {
        this(new SshConnection(target, prompts));
    }

    public SshConnection connection() {
        return connection;
    }

    @Override
    public String describe() {
        return "ssh://" + connection.target().label();
    }

    /** SFTP on the same session. */
    @Override
    public Optional<HostFiles> files() {
        SftpTransfers sftp = new SftpTransfers(connection);
        return Optional.of(new SftpHostFiles(() -> sftp, connection.target().label()));
    }

    @Override
    public ExecResult run(ExecRequest request, ExecListener listener) {
        Cancellation cancellation = request.cancellation();
        if (cancellation.isCancelled()) {
            throw new ExecCancelledException("cancelled before it started");
        }
        String pidFile = RemoteWrapper.pidFileName();
        connection.acquireChannel();
        Instant started = Instant.now();
        ChannelExec channel = null;
        Runnable cancel = null;
        try {
            channel = openExec();
            channel.setCommand(RemoteWrapper.execLine(pidFile));
            InputStream out = channel.getInputStream();
            InputStream err = channel.getExtInputStream();
            OutputStream in = channel.getOutputStream();
            // No timeout here: JSch polls every 10 ms when given one; the session's keepalive bounds a dead link.
            channel.connect();
            cancel = killOnCancel(channel, pidFile);
            cancellation.onCancel(cancel);
            Thread outPump = StreamPump.start(out, listener, true, "ssh-stdout");
            Thread errPump = StreamPump.start(err, listener, false, "ssh-stderr");
            writeStdin(in, RemoteWrapper.stdin(request.commandLine(), request.stdinBytes()));
            outPump.join();
            errPump.join();
            awaitClose(channel);
            return outcome(request, channel, started);
        } catch (JSchException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new SshException(
                    SshException.Reason.CONNECTION_LOST, "Connection to " + describe() + " lost: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            throw new ExecCancelledException("interrupted: " + request.commandLine());
        } finally {
            release(cancellation, cancel, channel);
        }
    }

    /** An exec channel on the live session; JSch answers null when the session died between its check and now. */
    private ChannelExec openExec() throws JSchException {
        Session session = connection.session();
        ChannelExec channel = (ChannelExec) session.openChannel("exec");
        if (channel == null) {
            channel = (ChannelExec) connection.reopen(session).openChannel("exec");
        }
        if (channel == null) {
            throw new SshException(
                    SshException.Reason.CONNECTION_LOST, "Connection to " + describe() + " lost: no channel opens");
        }
        return channel;
    }

    private Runnable killOnCancel(ChannelExec running, String pidFile) throws JSchException {
        Session session = running.getSession();
        return () -> killRemote(session, running, pidFile);
    }

    /** The exit status, unless the command was cancelled or the link dropped before it was known. */
    private ExecResult outcome(ExecRequest request, ChannelExec channel, Instant started) throws JSchException {
        int exit = channel.getExitStatus();
        if (request.cancellation().isCancelled()) {
            throw new ExecCancelledException("cancelled: " + request.commandLine());
        }
        if (exit < 0 || !channel.getSession().isConnected()) {
            throw new SshException(
                    SshException.Reason.CONNECTION_LOST,
                    "Connection to " + describe() + " lost while running '" + request.commandLine()
                            + "': its outcome is unknown");
        }
        return new ExecResult(exit, started, Duration.between(started, Instant.now()));
    }

    private SshException failure(JSchException e) {
        if (!connection.isConnected()) {
            return new SshException(
                    SshException.Reason.CONNECTION_LOST, "Connection to " + describe() + " lost: " + e.getMessage(), e);
        }
        return new SshException(SshException.Reason.PROTOCOL, describe() + ": " + e.getMessage(), e);
    }

    private void release(Cancellation cancellation, Runnable cancel, ChannelExec channel) {
        if (cancel != null) {
            cancellation.remove(cancel);
        }
        if (channel != null) {
            channel.disconnect();
        }
        connection.releaseChannel();
    }

    /** The command on a PTY exec channel (as {@code ssh -t} does), e.g. {@code pot term NAME}. */
    @Override
    public Tty openTty(ExecRequest request, int columns, int rows) {
        Session session = connection.session();
        connection.acquireChannel();
        try {
            ChannelExec channel = (ChannelExec) session.openChannel("exec");
            channel.setPty(true);
            channel.setPtyType("xterm-256color", columns, rows, 0, 0);
            channel.setCommand(request.commandLine().getBytes(StandardCharsets.UTF_8));
            InputStream out = channel.getInputStream();
            OutputStream in = channel.getOutputStream();
            channel.connect();
            return new SshTty(channel, out, in, connection::releaseChannel);
        } catch (JSchException | IOException e) {
            connection.releaseChannel();
            throw new SshException(
                    session.isConnected() ? SshException.Reason.PROTOCOL : SshException.Reason.CONNECTION_LOST,
                    "Cannot open a terminal on " + describe() + ": " + e.getMessage(),
                    e);
        }
    }

    private static void writeStdin(OutputStream in, byte[] bytes) {
        try (in) {
            if (bytes.length > 0) {
                in.write(bytes);
                in.flush();
            }
        } catch (IOException e) {
            // The remote command ended without reading all of its stdin; its exit status tells the rest.
        }
    }

    /** Output has ended; the exit status arrives with the channel's close. */
    private static void awaitClose(ChannelExec channel) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!channel.isClosed() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    /** On its own thread, so a cancel from the UI never waits on the network. */
    private void killRemote(Session session, ChannelExec running, String pidFile) {
        Thread t = new Thread(
                () -> {
                    try {
                        ChannelExec kill = (ChannelExec) session.openChannel("exec");
                        kill.setCommand(RemoteWrapper.killLine(pidFile));
                        kill.connect();
                        awaitClose(kill);
                        kill.disconnect();
                    } catch (JSchException e) {
                        // The link is gone; so is the remote command's connection.
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        running.disconnect();
                    }
                },
                "ssh-cancel");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        connection.close();
    }
}
