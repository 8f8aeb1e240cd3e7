package potconsole.engine.exec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Turns a byte stream into lines ('\n' separated, a trailing '\r' kept as data) without holding more than one line.
 * A very long line is delivered in pieces of {@code maxLine} bytes so memory stays bounded.
 */
public final class LineSplitter {
    private static final int MAX_LINE = 1 << 20;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final Consumer<String> sink;

    public LineSplitter(Consumer<String> sink) {
        this.sink = sink;
    }

    public void accept(byte[] buf, int off, int len) {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (buf[i] == '\n') {
                current.write(buf, start, i - start);
                emit();
                start = i + 1;
            }
        }
        current.write(buf, start, off + len - start);
        if (current.size() > MAX_LINE) {
            emit();
        }
    }

    /** Delivers the last line if the stream did not end with a newline. */
    public void finish() {
        if (current.size() > 0) {
            emit();
        }
    }

    private void emit() {
        sink.accept(current.toString(StandardCharsets.UTF_8));
        current.reset();
    }
}
