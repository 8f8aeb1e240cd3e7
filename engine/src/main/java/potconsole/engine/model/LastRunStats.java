package potconsole.engine.model;

import java.util.OptionalInt;

/** {@code conf/.last_run_stats}: the exit code of the pot's last main command; empty when it never ran ({@code {}}). */
public record LastRunStats(OptionalInt exitCode) {
    public static LastRunStats never() {
        return new LastRunStats(OptionalInt.empty());
    }
}
