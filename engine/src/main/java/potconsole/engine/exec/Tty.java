package potconsole.engine.exec;

import java.io.InputStream;
import java.io.OutputStream;

/** An interactive session on a pseudo-terminal (e.g. {@code pot term NAME}): bytes both ways, a size, an end. */
public interface Tty extends AutoCloseable {
    /** What the terminal shows. */
    InputStream output();

    /** What the person types. */
    OutputStream input();

    void resize(int columns, int rows);

    boolean isOpen();

    /** Blocks until the session ends; its exit status (-1 when unknown). */
    int waitFor() throws InterruptedException;

    @Override
    void close();
}
