package potconsole.engine.error;

import java.util.List;

/** Exit 125 from pot start: a non-persistent pot's command exited non-zero (see last-run-stats). */
public final class ApplicationFailedException extends PotException {
    private static final long serialVersionUID = 1L;

    public ApplicationFailedException(
            String message, String commandLine, int exitCode, List<String> errorLines, List<String> stderr) {
        super(message, commandLine, exitCode, errorLines, stderr);
    }
}
