package potconsole.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** Puts a prefix (a host's column) before every line written through it. */
final class LinePrefix extends Writer {
    private final Writer out;
    private final String prefix;
    private boolean atLineStart = true;

    private LinePrefix(Writer out, String prefix) {
        this.out = out;
        this.prefix = prefix;
    }

    static PrintWriter around(Writer out, String prefix) {
        return new PrintWriter(new LinePrefix(out, prefix), true);
    }

    @Override
    public synchronized void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            if (atLineStart) {
                out.write(prefix);
                atLineStart = false;
            }
            out.write(cbuf[i]);
            atLineStart = cbuf[i] == '\n';
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
