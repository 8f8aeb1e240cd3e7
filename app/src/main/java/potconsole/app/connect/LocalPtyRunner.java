package potconsole.app.connect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.LocalRunner;
import potconsole.engine.exec.ShellQuote;
import potconsole.engine.exec.Tty;
import potconsole.engine.exec.TtyRunner;

/**
 * This machine as a host: commands through {@link LocalRunner}; terminals get a pseudo-terminal from script(1), which
 * every FreeBSD and Linux has (pty4j would need purejavacomm's native layer, which is not on Maven Central). The size
 * is set once with stty; later resizes are not passed on.
 */
public final class LocalPtyRunner implements CommandRunner, TtyRunner {
    private final LocalRunner commands = new LocalRunner();

    @Override
    public ExecResult run(ExecRequest request, ExecListener listener) {
        return commands.run(request, listener);
    }

    @Override
    public String describe() {
        return "local";
    }

    @Override
    public Tty openTty(ExecRequest request, int columns, int rows) {
        String inner = "stty cols " + columns + " rows " + rows + " 2>/dev/null; " + request.commandLine();
        boolean freebsd =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("freebsd");
        List<String> command = freebsd
                ? List.of("script", "-q", "/dev/null", "/bin/sh", "-c", inner)
                : List.of("script", "-qfec", inner, "/dev/null");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("TERM", "xterm-256color");
            return new LocalTty(pb.start());
        } catch (IOException e) {
            throw new ExecFailedException(
                    "Cannot open a local terminal (" + ShellQuote.join(command) + "): " + e.getMessage(), e);
        }
    }

    /** A program under script(1); closing it ends the program and everything it started. */
    private record LocalTty(Process process) implements Tty {
        @Override
        public InputStream output() {
            return process.getInputStream();
        }

        @Override
        public OutputStream input() {
            return process.getOutputStream();
        }

        @Override
        public void resize(int columns, int rows) {
            // script(1) gives no way to resize its pseudo-terminal from outside.
        }

        @Override
        public boolean isOpen() {
            return process.isAlive();
        }

        @Override
        public int waitFor() throws InterruptedException {
            return process.waitFor();
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }
}
