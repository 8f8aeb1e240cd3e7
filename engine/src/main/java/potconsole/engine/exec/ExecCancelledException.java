package potconsole.engine.exec;

/** The request was cancelled; the process it started has been ended. */
public final class ExecCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExecCancelledException(String message) {
        super(message);
    }
}
