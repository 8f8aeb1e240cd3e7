package potconsole.engine.command;

/** A value that pot would reject (or that is unsafe to send), with a message a person understands. */
public final class InvalidArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidArgumentException(String message) {
        super(message);
    }
}
