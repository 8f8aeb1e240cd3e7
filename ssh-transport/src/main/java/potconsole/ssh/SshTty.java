package potconsole.ssh;

import com.jcraft.jsch.ChannelExec;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import potconsole.engine.exec.Tty;

/** A PTY exec channel; closing it hangs up the remote session (SIGHUP), so nothing is left running. */
final class SshTty implements Tty {
    private final ChannelExec channel;
    private final InputStream output;
    private final OutputStream input;
    private final Runnable release;
    private final AtomicBoolean released = new AtomicBoolean();

    SshTty(ChannelExec channel, InputStream output, OutputStream input, Runnable release) {
        this.channel = channel;
        this.output = output;
        this.input = input;
        this.release = release;
    }

    @Override
    public InputStream output() {
        return output;
    }

    @Override
    public OutputStream input() {
        return input;
    }

    @Override
    public void resize(int columns, int rows) {
        channel.setPtySize(columns, rows, 0, 0);
    }

    @Override
    public boolean isOpen() {
        return !channel.isClosed();
    }

    @Override
    public int waitFor() throws InterruptedException {
        while (!channel.isClosed()) {
            Thread.sleep(Duration.ofMillis(50).toMillis());
        }
        releaseOnce();
        return channel.getExitStatus();
    }

    @Override
    public void close() {
        channel.disconnect();
        releaseOnce();
    }

    private void releaseOnce() {
        if (released.compareAndSet(false, true)) {
            release.run();
        }
    }
}
