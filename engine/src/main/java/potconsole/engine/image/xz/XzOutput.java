package potconsole.engine.image.xz;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An .xz encoder writing to a target: {@link #close()} finishes the stream (index, footer) and closes the target;
 * {@link #abort()} stops compressing, frees what compressing holds and closes the target with its content
 * incomplete.
 */
public abstract class XzOutput extends OutputStream {
    public abstract void abort() throws IOException;
}
