package potconsole.app.terminal;

import com.techsenger.jeditermfx.core.TtyConnector;
import com.techsenger.jeditermfx.core.util.TermSize;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import potconsole.engine.exec.Tty;

/** Connects the engine's {@link Tty} (SSH PTY channel, sandbox shell) to JediTermFX. */
final class TtyConnectorAdapter implements TtyConnector {
    private final Tty tty;
    private final String name;
    private final Reader reader;

    TtyConnectorAdapter(Tty tty, String name) {
        this.tty = tty;
        this.name = name;
        this.reader = new InputStreamReader(tty.output(), StandardCharsets.UTF_8);
    }

    @Override
    public int read(char[] buf, int offset, int length) throws IOException {
        return reader.read(buf, offset, length);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        tty.input().write(bytes);
        tty.input().flush();
    }

    @Override
    public void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isConnected() {
        return tty.isOpen();
    }

    @Override
    public void resize(TermSize size) {
        tty.resize(size.getColumns(), size.getRows());
    }

    @Override
    public int waitFor() throws InterruptedException {
        return tty.waitFor();
    }

    @Override
    public boolean ready() throws IOException {
        return reader.ready();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void close() {
        tty.close();
    }
}
