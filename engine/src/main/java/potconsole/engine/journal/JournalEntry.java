package potconsole.engine.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import potconsole.engine.secret.Secrets;

/**
 * One command the console or potctl ran: where, what (the command line, secret values masked), who, how it ended, the
 * tail of its output, and which program ran it ({@link #CONSOLE} or {@link #POTCTL}).
 */
public record JournalEntry(
        Instant at,
        String host,
        String user,
        String commandLine,
        boolean changesState,
        int exitCode,
        Duration duration,
        List<String> outputTail,
        String origin) {
    public static final String CONSOLE = "console";
    public static final String POTCTL = "potctl";

    public JournalEntry {
        outputTail = List.copyOf(outputTail);
        origin = origin == null || origin.isBlank() ? CONSOLE : origin;
    }

    /** An entry of the console's. */
    public JournalEntry(
            Instant at,
            String host,
            String user,
            String commandLine,
            boolean changesState,
            int exitCode,
            Duration duration,
            List<String> outputTail) {
        this(at, host, user, commandLine, changesState, exitCode, duration, outputTail, CONSOLE);
    }

    /** The same with every secret value masked ({@link potconsole.engine.secret.Secrets}). */
    public JournalEntry masked() {
        return new JournalEntry(
                at,
                host,
                user,
                Secrets.hide(commandLine),
                changesState,
                exitCode,
                duration,
                Secrets.hide(outputTail),
                origin);
    }

    /** Exit codes for runs that never produced one. */
    public static final int CANCELLED = -2;

    public static final int FAILED_TO_RUN = -1;
}
