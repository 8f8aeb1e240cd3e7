package potconsole.engine.build;

/** A build stopped at a phase: which one and why (the temporary pot is gone, or kept when asked). */
public final class BuildFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String phase;

    public BuildFailedException(String phase, String reason, Throwable cause) {
        super(phase + ": " + reason, cause);
        this.phase = phase;
    }

    public String phase() {
        return phase;
    }
}
