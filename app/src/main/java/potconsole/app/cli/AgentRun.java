package potconsole.app.cli;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import potconsole.app.cli.agent.Request;
import potconsole.app.cli.agent.Wire;
import potconsole.app.connect.SharedSessions;

/**
 * One forwarded potctl run in the agent: the same picocli command, validation and journal as in its own process
 * ({@link PotCtl#start}), with paths resolved against the client's directory and SSH hosts on the kept sessions;
 * what it writes goes back as frames while it runs, then its exit code.
 */
final class AgentRun {
    private final DataOutputStream wire;

    private AgentRun(DataOutputStream wire) {
        this.wire = wire;
    }

    static void run(Request request, DataOutputStream wire, SharedSessions sessions) throws IOException {
        AgentRun run = new AgentRun(wire);
        PrintWriter out = run.writer(Wire.OUT);
        PrintWriter err = run.writer(Wire.ERR);
        Path cwd = Path.of(request.cwd());
        int code;
        try {
            code = PotCtl.start(request.args().toArray(String[]::new), out, err, root -> {
                root.workDir = cwd;
                root.opener = name -> sessions.open(name, root.hosts(), root.identity, root.knownHosts);
            });
        } catch (RuntimeException e) {
            err.println("potctl: " + Failures.message(e));
            code = Failures.exitCode(e);
        }
        out.flush();
        err.flush();
        run.frame(Wire.EXIT, null, 0, 0, code);
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
