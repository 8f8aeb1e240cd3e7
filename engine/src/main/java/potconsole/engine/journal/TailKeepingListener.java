package potconsole.engine.journal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import potconsole.engine.exec.ExecListener;

/** Passes everything on to the caller's listener and keeps the last lines of output (both streams) for the journal. */
final class TailKeepingListener implements ExecListener {
    private final ExecListener listener;
    private final int keep;
    private final Deque<String> tail = new ArrayDeque<>();

    TailKeepingListener(ExecListener listener, int keep) {
        this.listener = listener;
        this.keep = keep;
    }

    synchronized List<String> tail() {
        return List.copyOf(tail);
    }

    @Override
    public void stdoutLine(String line) {
        keep(line);
        listener.stdoutLine(line);
    }

    @Override
    public void stderrLine(String line) {
        keep(line);
        listener.stderrLine(line);
    }

    @Override
    public void stdoutBytes(byte[] b, int off, int len) {
        listener.stdoutBytes(b, off, len);
    }

    @Override
    public void stderrBytes(byte[] b, int off, int len) {
        listener.stderrBytes(b, off, len);
    }

    @Override
    public boolean binaryStdout() {
        return listener.binaryStdout();
    }

    private synchronized void keep(String line) {
        tail.addLast(line);
        if (tail.size() > keep) {
            tail.removeFirst();
        }
    }
}
