package potconsole.engine.error;

import java.util.List;

/** Something of that name already exists. */
public final class AlreadyExistsException extends PotException {
    private static final long serialVersionUID = 1L;

    public AlreadyExistsException(
            String message, String commandLine, int exitCode, List<String> errorLines, List<String> stderr) {
        super(message, commandLine, exitCode, errorLines, stderr);
    }
}
