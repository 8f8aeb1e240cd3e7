package potconsole.engine.error;

import java.util.List;

/** The pot (or bridge, base, fscomp) does not exist. */
public final class PotNotFoundException extends PotException {
    private static final long serialVersionUID = 1L;

    public PotNotFoundException(
            String message, String commandLine, int exitCode, List<String> errorLines, List<String> stderr) {
        super(message, commandLine, exitCode, errorLines, stderr);
    }
}
