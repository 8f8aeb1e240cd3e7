package potconsole.engine.parse;

/** Output that does not have the shape pot 0.16.0 prints. */
public final class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParseException(String message) {
        super(message);
    }
}
