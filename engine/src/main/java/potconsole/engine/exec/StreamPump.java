package potconsole.engine.exec;

import java.io.IOException;
import java.io.InputStream;

/** Copies a process's (or channel's) output stream to a listener, as bytes and as lines, on its own thread. */
public final class StreamPump {
    private StreamPump() {}

    public static Thread start(InputStream stream, ExecListener listener, boolean stdout, String threadName) {
        boolean splitLines = !(stdout && listener.binaryStdout());
        LineSplitter lines = new LineSplitter(stdout ? listener::stdoutLine : listener::stderrLine);
        Thread t = new Thread(
                () -> {
                    byte[] buf = new byte[64 * 1024];
                    try (stream) {
                        int n;
                        while ((n = stream.read(buf)) > 0) {
                            if (stdout) {
                                listener.stdoutBytes(buf, 0, n);
                            } else {
                                listener.stderrBytes(buf, 0, n);
                            }
                            if (splitLines) {
                                lines.accept(buf, 0, n);
                            }
                        }
                    } catch (IOException e) {
                        // Closed by termination or a dropped link; what was read has been delivered.
                    }
                    lines.finish();
                },
                threadName);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
