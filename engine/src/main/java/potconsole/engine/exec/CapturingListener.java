package potconsole.engine.exec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects output lines for commands whose output is parsed (bounded: beyond {@code maxLines} per stream the oldest
 * lines are kept and the rest counted), and forwards everything to a delegate for live display.
 */
public final class CapturingListener implements ExecListener {
    private final ExecListener delegate;
    private final int maxLines;
    private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());

    public CapturingListener(ExecListener delegate, int maxLines) {
        this.delegate = delegate;
        this.maxLines = maxLines;
    }

    public CapturingListener() {
        this(ExecListener.NONE, 1_000_000);
    }

    @Override
    public void stdoutLine(String line) {
        if (stdout.size() < maxLines) {
            stdout.add(line);
        }
        delegate.stdoutLine(line);
    }

    @Override
    public void stderrLine(String line) {
        if (stderr.size() < maxLines) {
            stderr.add(line);
        }
        delegate.stderrLine(line);
    }

    @Override
    public void stdoutBytes(byte[] buffer, int offset, int length) {
        delegate.stdoutBytes(buffer, offset, length);
    }

    @Override
    public void stderrBytes(byte[] buffer, int offset, int length) {
        delegate.stderrBytes(buffer, offset, length);
    }

    @Override
    public boolean binaryStdout() {
        return delegate.binaryStdout();
    }

    public List<String> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    public List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    /** stdout lines joined with '\n' and a final newline per line, as the command printed them. */
    public String stdoutText() {
        StringBuilder sb = new StringBuilder();
        stdout().forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }
}
