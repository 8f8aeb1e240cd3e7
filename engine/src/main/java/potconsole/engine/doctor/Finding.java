package potconsole.engine.doctor;

import java.util.List;

/**
 * One thing the doctor found: which check ({@code kind}, stable, used by potctl's JSON), which pots it concerns
 * (none for the host), the evidence lines as read on the host, what they mean, and the known-safe fix — empty when no
 * command fixes it safely (then {@code meaning} says what a person should do).
 */
public record Finding(
        String kind,
        Severity severity,
        List<String> pots,
        String title,
        List<String> evidence,
        String meaning,
        List<FixStep> fix) {
    public Finding {
        pots = List.copyOf(pots);
        evidence = List.copyOf(evidence);
        fix = List.copyOf(fix);
    }

    public boolean fixable() {
        return !fix.isEmpty();
    }

    /** Whether it concerns this pot. */
    public boolean about(String pot) {
        return pots.contains(pot);
    }
}
