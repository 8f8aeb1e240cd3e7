package potconsole.engine.doctor;

import java.util.Locale;

/** How much a finding matters: something is broken, will break, or is worth knowing. */
public enum Severity {
    PROBLEM,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
