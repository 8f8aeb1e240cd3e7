package potconsole.engine.error;

import java.util.List;

/**
 * pot said it succeeded (exit code 0) but the host does not show the result: e.g. {@code pot import} exits 0 after
 * {@code zfs receive} refused the dataset name, and no pot was made. The message says what is missing and carries
 * pot's own error lines (its {@code ###>} lines and stderr), so nobody reads "imported" when nothing was.
 */
public final class UnconfirmedResultException extends PotException {
    private static final long serialVersionUID = 1L;

    public UnconfirmedResultException(
            String message, String commandLine, int exitCode, List<String> errorLines, List<String> stderr) {
        super(message, commandLine, exitCode, errorLines, stderr);
    }
}
