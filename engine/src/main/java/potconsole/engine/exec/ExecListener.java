package potconsole.engine.exec;

/**
 * Receives a command's output as it arrives, on a runner thread. Lines are UTF-8 decoded without their line ending;
 * the byte callbacks see the same data raw (for progress counting and binary streams). All methods default to no-op.
 */
public interface ExecListener {
    ExecListener NONE = new ExecListener() {};

    default void stdoutLine(String line) {}

    default void stderrLine(String line) {}

    default void stdoutBytes(byte[] buffer, int offset, int length) {}

    default void stderrBytes(byte[] buffer, int offset, int length) {}

    /**
     * True when stdout is a byte stream (a {@code zfs send}): it then reaches only {@link #stdoutBytes}, never decoded
     * and split into lines — gigabytes of binary read as text would cost a core and fill logs with garbage.
     */
    default boolean binaryStdout() {
        return false;
    }
}
