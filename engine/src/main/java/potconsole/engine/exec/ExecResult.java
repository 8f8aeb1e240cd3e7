package potconsole.engine.exec;

import java.time.Duration;
import java.time.Instant;

/** How a command ended: its exit status, when it started and how long it ran. */
public record ExecResult(int exitCode, Instant started, Duration elapsed) {
    public boolean succeeded() {
        return exitCode == 0;
    }
}
