package potconsole.engine.flavour;

import java.util.Locale;

/**
 * One problem in a flavour: where (1-based line of the command file, 0 for the flavour as a whole, -1 for the
 * bootstrap), how bad, what is wrong and a one-line fix.
 */
public record LintFinding(int line, Severity severity, String message, String fix) {
    public enum Severity {
        /** pot fails or does something else than intended. */
        ERROR,
        /** pot ignores it or it works only by luck. */
        WARNING
    }

    public static final int WHOLE_FLAVOUR = 0;
    public static final int BOOTSTRAP = -1;

    @Override
    public String toString() {
        String where = line == WHOLE_FLAVOUR ? "flavour" : line == BOOTSTRAP ? "bootstrap" : "line " + line;
        return where + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message + " — " + fix;
    }
}
