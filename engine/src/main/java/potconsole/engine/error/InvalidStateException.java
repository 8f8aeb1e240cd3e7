package potconsole.engine.error;

import java.util.List;

/** The pot is not in a state that allows this (running, stopped, starting…). */
public final class InvalidStateException extends PotException {
    private static final long serialVersionUID = 1L;

    public InvalidStateException(
            String message, String commandLine, int exitCode, List<String> errorLines, List<String> stderr) {
        super(message, commandLine, exitCode, errorLines, stderr);
    }
}
