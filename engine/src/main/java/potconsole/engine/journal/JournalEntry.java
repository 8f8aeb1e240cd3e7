package potconsole.engine.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One command the console ran: where, what (the exact command line), who, how it ended, the tail of its output. */
public record JournalEntry(
        Instant at,
        String host,
        String user,
        String commandLine,
        boolean changesState,
        int exitCode,
        Duration duration,
        List<String> outputTail) {
    public JournalEntry {
        outputTail = List.copyOf(outputTail);
    }

    /** Exit codes for runs that never produced one. */
    public static final int CANCELLED = -2;

    public static final int FAILED_TO_RUN = -1;
}
