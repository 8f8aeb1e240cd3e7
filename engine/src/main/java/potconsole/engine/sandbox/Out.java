package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.LineSplitter;

/** Writes a simulated command's output to the listener exactly as pot would print it. */
final class Out {
    private final ExecListener listener;
    private final LineSplitter stdoutLines;

    Out(ExecListener listener) {
        this.listener = listener;
        this.stdoutLines = new LineSplitter(listener::stdoutLine);
    }

    /** Raw stdout that is also split into lines (printf, cat: output need not end with a newline). */
    void bytesAndLines(byte[] data) {
        listener.stdoutBytes(data, 0, data.length);
        if (!listener.binaryStdout()) {
            stdoutLines.accept(data, 0, data.length);
        }
    }

    /** Delivers a last unterminated line, as a real process's end of output would. */
    void finish() {
        stdoutLines.finish();
    }

    void line(String text) {
        bytesAndLines((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void err(String text) {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        listener.stderrBytes(bytes, 0, bytes.length);
        listener.stderrLine(text);
    }

    /** Raw stdout bytes (large outputs, binary). */
    void bytes(byte[] buffer, int length) {
        listener.stdoutBytes(buffer, 0, length);
    }

    /** {@code _info}: two spaces after the marker. */
    void info(String text) {
        line("===>  " + text);
    }

    void debug(String text) {
        line("=====>  " + text);
    }

    /** {@code _error}: two spaces after the marker. */
    void error(String text) {
        line("###>  " + text);
    }

    /** {@code _qerror} with an empty quiet argument: a third space (pot-spec §3.0). */
    void qerror(String text) {
        line("###>   " + text);
    }

    void help(String text) {
        for (String l : text.split("\n", -1)) {
            line(l);
        }
    }
}
