package potconsole.engine.model;

import java.util.Locale;
import java.util.Optional;

/** The states pot writes to {@code ${POT_TMP}/pot_status_<pot>} (pot-spec §7.1). */
public enum StatusFileState {
    STARTING,
    STARTED,
    STOPPING,
    STOPPED,
    DOA;

    public String potValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StatusFileState> parse(String value) {
        for (StatusFileState s : values()) {
            if (s.potValue().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
