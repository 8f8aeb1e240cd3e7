package potconsole.engine.setup;

/**
 * A setup step that did not reach its goal: a host program failed, the result did not show on the host, or the
 * connection dropped (then {@link #resumable()} says running the step again continues).
 */
public final class SetupFailedException extends RuntimeException {
    private final boolean resumable;

    public SetupFailedException(String message, boolean resumable, Throwable cause) {
        super(message, cause);
        this.resumable = resumable;
    }

    public SetupFailedException(String message) {
        this(message, false, null);
    }

    public boolean resumable() {
        return resumable;
    }
}
