package potconsole.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.ShellQuote;
import potconsole.engine.exec.StreamPump;
import potconsole.engine.exec.Tty;
import potconsole.engine.exec.TtyRunner;

/**
 * The engine's {@link CommandRunner} over SSH: one exec channel per command on the host's one session. The remote
 * command runs under a tiny POSIX sh wrapper that records its PID, so cancelling ends the remote process tree (a
 * closed channel alone would leave it running). No timeout on the command itself; connect timeout and keepalives
 * bound the link.
 */
public final class SshRunner implements CommandRunner, TtyRunner, AutoCloseable {
    /**
     * Where the PID file named $1 goes on the host: {@code $TMPDIR} when it is a directory the account can write,
     * else {@code ~/.potconsole}, made 0700 the first time; never a shared name in {@code /tmp}, which some hosts do
     * not let an account write. Says nothing on stderr either way.
     */
    static final String PID_FILE = "d=${TMPDIR:-}; if [ -z \"$d\" ] || [ ! -d \"$d\" ] || [ ! -w \"$d\" ]; then "
            + "d=\"${HOME:-/nonexistent}/.potconsole\"; [ -d \"$d\" ] || mkdir -m 700 \"$d\" 2>/dev/null; fi; "
            + "f=\"$d/$1\"; ";

    /** Records its PID, runs the command line ($2) with the caller's stdin, removes the PID file, keeps the status. */
    static final String WRAPPER =
            PID_FILE + "{ echo $$ > \"$f\"; } 2>/dev/null; /bin/sh -c \"$2\"; r=$?; rm -f \"$f\" 2>/dev/null; exit $r";

    /** Terminates the wrapper and all its descendants, children first; KILL what ignores TERM. */
    static final String KILL_TREE = PID_FILE + "[ -r \"$f\" ] || exit 0; p=$(cat \"$f\"); "
            + "tree() { echo \"$1\"; for c in $(ps -A -o pid= -o ppid= | awk -v p=\"$1\" '$2==p {print $1}'); "
            + "do tree \"$c\"; done; }; pids=$(tree \"$p\"); kill -TERM $pids 2>/dev/null; sleep 1; "
            + "kill -KILL $pids 2>/dev/null; rm -f \"$f\"; exit 0";

    private static final SecureRandom RANDOM = new SecureRandom();
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
        String pidFile = ".potconsole-" + HexFormat.of().formatHex(nonce()) + ".pid";
        String command =
                ShellQuote.join(List.of("/bin/sh", "-c", WRAPPER, "potconsole", pidFile, request.commandLine()));
        Session session = connection.session();
        connection.acquireChannel();
        Instant started = Instant.now();
        ChannelExec channel = null;
        Runnable cancel = null;
        try {
            channel = (ChannelExec) session.openChannel("exec");
            if (channel == null) {
                // JSch answers null when the session died between its check and the channel's start: connect afresh.
                session = connection.session();
                channel = (ChannelExec) session.openChannel("exec");
            }
            if (channel == null) {
                throw new SshException(
                        SshException.Reason.CONNECTION_LOST, "Connection to " + describe() + " lost: no channel opens");
            }
            channel.setCommand(command.getBytes(StandardCharsets.UTF_8));
            InputStream out = channel.getInputStream();
            InputStream err = channel.getExtInputStream();
            OutputStream in = channel.getOutputStream();
            // No timeout here: JSch polls every 10 ms when given one; the session's keepalive bounds a dead link.
            channel.connect();
            ChannelExec running = channel;
            Session live = session;
            cancel = () -> killRemote(live, running, pidFile);
            cancellation.onCancel(cancel);
            Thread outPump = StreamPump.start(out, listener, true, "ssh-stdout");
            Thread errPump = StreamPump.start(err, listener, false, "ssh-stderr");
            writeStdin(in, request.stdinBytes());
            outPump.join();
            errPump.join();
            awaitClose(channel);
            int exit = channel.getExitStatus();
            if (cancellation.isCancelled()) {
                throw new ExecCancelledException("cancelled: " + request.commandLine());
            }
            if (exit < 0 || !session.isConnected()) {
                throw new SshException(
                        SshException.Reason.CONNECTION_LOST,
                        "Connection to " + describe() + " lost while running '" + request.commandLine()
                                + "': its outcome is unknown");
            }
            return new ExecResult(exit, started, Duration.between(started, Instant.now()));
        } catch (JSchException e) {
            if (!session.isConnected()) {
                throw new SshException(
                        SshException.Reason.CONNECTION_LOST,
                        "Connection to " + describe() + " lost: " + e.getMessage(),
                        e);
            }
            throw new SshException(SshException.Reason.PROTOCOL, describe() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SshException(
                    SshException.Reason.CONNECTION_LOST, "Connection to " + describe() + " lost: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            throw new ExecCancelledException("interrupted: " + request.commandLine());
        } finally {
            if (cancel != null) {
                cancellation.remove(cancel);
            }
            if (channel != null) {
                channel.disconnect();
            }
            connection.releaseChannel();
        }
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

    private static byte[] nonce() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return b;
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
                        kill.setCommand(ShellQuote.join(List.of("/bin/sh", "-c", KILL_TREE, "potconsole", pidFile))
                                .getBytes(StandardCharsets.UTF_8));
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
