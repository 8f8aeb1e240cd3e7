package potconsole.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import potconsole.app.cli.agent.Request;
import potconsole.app.cli.agent.Wire;
import potconsole.app.connect.SharedSessions;
import potconsole.app.connect.SharedSessions.Watch;

/**
 * One forwarded potctl run in the agent: the same picocli command, validation and journal as in its own process
 * ({@link PotCtl#start}), with paths resolved against the client's directory and SSH hosts on the kept sessions;
 * what it writes goes back as frames while it runs, then its exit code.
 */
final class AgentRun {
    private final DataOutputStream wire;
    /**
     * For a client on a terminal, output is held back until an SSH command of the run went through: a run that
     * stopped at a refused question (unknown host key, passphrase) goes back to the client, which can ask.
     */
    private final List<byte[]> held = new ArrayList<>();

    private boolean streaming;
    private volatile boolean refusedQuestion;

    private AgentRun(DataOutputStream wire, boolean streaming) {
        this.wire = wire;
        this.streaming = streaming;
    }

    static void run(Request request, DataOutputStream wire, SharedSessions sessions) throws IOException {
        AgentRun run = new AgentRun(wire, !request.terminal());
        PrintWriter out = run.writer(Wire.OUT);
        PrintWriter err = run.writer(Wire.ERR);
        Path cwd = Path.of(request.cwd());
        Watch watch = new Watch(() -> run.refusedQuestion = true, run::stream);
        int code;
        try {
            code = PotCtl.start(request.args().toArray(String[]::new), out, err, root -> {
                root.workDir = cwd;
                root.opener = name -> sessions.open(name, root.hosts(), root.identity, root.knownHosts, watch);
            });
        } catch (RuntimeException e) {
            err.println("potctl: " + Failures.message(e));
            code = Failures.exitCode(e);
        }
        out.flush();
        err.flush();
        run.end(code);
    }

    private synchronized void end(int code) throws IOException {
        if (!streaming && refusedQuestion) {
            wire.writeByte(Wire.RUN_HERE);
            wire.flush();
            return;
        }
        stream();
        frame(Wire.EXIT, null, 0, 0, code);
    }

    /** From now on frames go out as they come, those held first. */
    private synchronized void stream() {
        if (streaming) {
            return;
        }
        streaming = true;
        try {
            for (byte[] frame : held) {
                wire.write(frame);
            }
            wire.flush();
        } catch (IOException clientGone) {
            // the frames after this fail the same way
        }
        held.clear();
    }

    private PrintWriter writer(byte type) {
        OutputStream frames = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                frame(type, b, off, len, 0);
            }
        };
        return new PrintWriter(new OutputStreamWriter(frames, StandardCharsets.UTF_8), true);
    }

    /** One frame; several hosts' threads may write at once, so frames are whole. */
    private synchronized void frame(byte type, byte[] b, int off, int len, int code) throws IOException {
        if (!streaming) {
            ByteArrayOutputStream frame = new ByteArrayOutputStream(len + 5);
            frame.write(type);
            frame.write(ByteBuffer.allocate(4).putInt(len).array());
            frame.write(b, off, len);
            held.add(frame.toByteArray());
            return;
        }
        wire.writeByte(type);
        if (type == Wire.EXIT) {
            wire.writeInt(code);
        } else {
            wire.writeInt(len);
            wire.write(b, off, len);
        }
        wire.flush();
    }
}
