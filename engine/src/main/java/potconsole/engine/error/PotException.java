package potconsole.engine.error;

import java.util.List;

/**
 * A pot command failed. The message is pot's own {@code ###>} line (what a person should read first); the exit
 * code, all error lines and the stderr tail are kept for the details pane.
 */
public class PotException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String commandLine;
    private final int exitCode;
    private final List<String> errorLines;
    private final List<String> stderr;

    public PotException(
            String message, String commandLine, int exitCode, List<String> errorLines, List<String> stderr) {
        super(message);
        this.commandLine = commandLine;
        this.exitCode = exitCode;
        this.errorLines = List.copyOf(errorLines);
        this.stderr = List.copyOf(stderr);
    }

    public String commandLine() {
        return commandLine;
    }

    public int exitCode() {
        return exitCode;
    }

    public List<String> errorLines() {
        return errorLines;
    }

    public List<String> stderr() {
        return stderr;
    }
}
