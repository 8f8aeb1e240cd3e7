package potconsole.engine.exec;

/** The command could not be run at all, or its connection was lost while it ran: never a silent success. */
public class ExecFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExecFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExecFailedException(String message) {
        super(message);
    }
}
