package potconsole.engine.error;

import java.util.List;

/** The command needs root and the host account has no privilege for it. */
public final class NeedsRootException extends PotException {
    private static final long serialVersionUID = 1L;

    public NeedsRootException(
            String message, String commandLine, int exitCode, List<String> errorLines, List<String> stderr) {
        super(message, commandLine, exitCode, errorLines, stderr);
    }
}
