package potconsole.engine.build;

import java.util.List;

/** A build refused before anything was changed on the host: every reason found, not only the first. */
public final class BuildRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> reasons;

    public BuildRefusedException(List<String> reasons) {
        super("build refused: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
