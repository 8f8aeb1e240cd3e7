package potconsole.app.cli.agent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The client side of potctl's agent, the first thing a potctl run does: when an agent serves this user and the verb
 * may be forwarded, send argv and relay what the agent's run writes and its exit code. JDK classes only, so a
 * forwarded run loads nothing of picocli, Jackson or JSch.
 */
public final class AgentClient {
    private AgentClient() {}

    /** The run is not the agent's (its verb, or the agent said so): run it in this process. */
    public static final int NOT_FORWARDED = -1;
    /** No agent answers: run it in this process (and maybe start one, POTCTL_PERSIST). */
    public static final int NO_AGENT = -2;

    /** The exit code of the run in the agent, or {@link #NOT_FORWARDED} / {@link #NO_AGENT}. */
    public static int forward(String[] args) {
        Map<String, String> env = System.getenv();
        boolean terminal = System.console() != null;
        if (!Forwarding.allowed(List.of(args), terminal, env)) {
            return NOT_FORWARDED;
        }
        return send(
                AgentPaths.socket(env),
                Request.fromHere(Wire.RUN, args, terminal, env),
                new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err));
    }

    /** Sends a request to the agent at {@code socket}; the answer's output goes to {@code out} and {@code err}. */
    public static int send(Path socket, Request request, OutputStream out, OutputStream err) {
        SocketChannel channel = connect(socket);
        if (channel == null) {
            return NO_AGENT;
        }
        boolean[] started = {false};
        try (channel) {
            request.write(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel))));
            return relay(
                    new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))), out, err, started);
        } catch (IOException e) {
            if (!started[0]) {
                return NO_AGENT; // it stopped before taking the run: nothing ran there
            }
            try {
                err.write(("potctl: the agent went away during the run (" + e.getMessage() + ")\n")
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // stderr itself is gone
            }
            return 1;
        }
    }

    private static int relay(DataInputStream in, OutputStream out, OutputStream err, boolean[] started)
            throws IOException {
        while (true) {
            int frame = in.read();
            switch (frame) {
                case Wire.STARTED -> started[0] = true;
                case Wire.OUT, Wire.ERR -> copy(in.readNBytes(in.readInt()), frame == Wire.OUT ? out : err);
                case Wire.EXIT -> {
                    return in.readInt();
                }
                case Wire.RUN_HERE -> {
                    return NOT_FORWARDED;
                }
                default -> throw new EOFException("no answer");
            }
        }
    }

    /**
     * Writes what the agent's run wrote; a reader that went away (potctl ls | head) is no failure of the run, which
     * goes on to its exit code as it would in this process (whose PrintWriter drops what it cannot write).
     */
    private static void copy(byte[] bytes, OutputStream to) {
        try {
            to.write(bytes);
            to.flush();
        } catch (IOException readerGone) {
            // dropped, as in-process
        }
    }

    /** A connection to a live agent; a socket nobody listens on any more (the agent died) is removed. */
    public static SocketChannel connect(Path socket) {
        if (!AgentPaths.isPrivate(socket.getParent())) {
            return null;
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return channel;
            } catch (IOException e) {
                channel.close();
                Files.deleteIfExists(socket);
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }
}
