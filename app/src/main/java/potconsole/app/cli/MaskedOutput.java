package potconsole.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import potconsole.engine.secret.Secrets;

/**
 * potctl's stdout and stderr: whole lines pass through {@link Secrets} before they are written, so a secret value
 * (an env value whose name looks secret, or one seen in an earlier command) is printed as {@value Secrets#MASK}.
 */
final class MaskedOutput extends Writer {
    private final Writer out;
    private final StringBuilder line = new StringBuilder();

    private MaskedOutput(Writer out) {
        this.out = out;
    }

    static PrintWriter around(PrintWriter out) {
        return new PrintWriter(new MaskedOutput(out), true);
    }

    @Override
    public synchronized void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = cbuf[i];
            line.append(c);
            // A progress line redrawn with \r goes out as it is redrawn.
            if (c == '\n' || c == '\r') {
                out.write(Secrets.hide(line.toString()));
                line.setLength(0);
            }
        }
    }

    /** A partial line (a prompt, the end of output) is written masked as it stands. */
    @Override
    public synchronized void flush() throws IOException {
        if (line.length() > 0) {
            out.write(Secrets.hide(line.toString()));
            line.setLength(0);
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
