package potconsole.engine.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Tty;

/**
 * {@code pot term NAME} on the sandbox: a small line-editing shell inside the simulated pot. Each line runs as
 * {@code pot exec -p NAME sh -c LINE}, so it sees exactly the programs the sandbox's pots have.
 */
final class SandboxTty implements Tty {
    private final PipedInputStream screen = new PipedInputStream(1 << 16);
    private final PipedOutputStream screenWriter;
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final PipedInputStream keys;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean open = true;
    private volatile int exit = -1;

    SandboxTty(SandboxHost host, String pot, String prompt) {
        try {
            screenWriter = new PipedOutputStream(screen);
            keys = new PipedInputStream(keyboard, 1 << 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread shell = new Thread(() -> run(host, pot, prompt), "sandbox-tty-" + pot);
        shell.setDaemon(true);
        shell.start();
    }

    private void run(SandboxHost host, String pot, String prompt) {
        try {
            write("Last login: from the Pot Console sandbox\r\n");
            StringBuilder line = new StringBuilder();
            write(prompt);
            int b;
            while ((b = keys.read()) >= 0) {
                if (b == '\r' || b == '\n') {
                    write("\r\n");
                    String cmd = line.toString().strip();
                    line.setLength(0);
                    if (cmd.equals("exit") || cmd.equals("logout")) {
                        exit = 0;
                        break;
                    }
                    runLine(host, pot, cmd);
                    write(prompt);
                } else if (b == 0x04 && line.length() == 0) {
                    exit = 0;
                    break;
                } else {
                    edit(line, b);
                }
            }
        } catch (IOException e) {
            // closed from the console side
        } finally {
            ended();
        }
    }

    /** A typed line runs as {@code pot exec -p POT sh -c LINE}; both streams go to the screen. */
    private void runLine(SandboxHost host, String pot, String cmd) {
        if (cmd.isEmpty()) {
            return;
        }
        host.run(ExecRequest.of("pot", "exec", "-p", pot, "sh", "-c", cmd), new ExecListener() {
            @Override
            public void stdoutLine(String l) {
                write(l + "\r\n");
            }

            @Override
            public void stderrLine(String l) {
                write(l + "\r\n");
            }
        });
    }

    /** Line editing: backspace/delete rubs out, printable characters echo. */
    private void edit(StringBuilder line, int b) {
        if (b == 0x7f || b == 0x08) {
            if (line.length() > 0) {
                line.setLength(line.length() - 1);
                write("\b \b");
            }
        } else if (b >= 0x20) {
            line.append((char) b);
            write(String.valueOf((char) b));
        }
    }

    private void ended() {
        open = false;
        try {
            screenWriter.close();
        } catch (IOException e) {
            // already closed
        }
        ended.countDown();
    }

    private void write(String s) {
        try {
            screenWriter.write(s.getBytes(StandardCharsets.UTF_8));
            screenWriter.flush();
        } catch (IOException e) {
            open = false;
        }
    }

    @Override
    public InputStream output() {
        return screen;
    }

    @Override
    public OutputStream input() {
        return keyboard;
    }

    @Override
    public void resize(int columns, int rows) {
        // Line-based: nothing depends on the size.
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public int waitFor() throws InterruptedException {
        ended.await();
        return exit;
    }

    @Override
    public void close() {
        try {
            keyboard.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
