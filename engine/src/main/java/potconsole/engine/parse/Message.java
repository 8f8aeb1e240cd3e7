package potconsole.engine.parse;

/** One of pot's message lines ({@code ###>} error, {@code ===>} info, {@code =====>} debug), marker removed. */
public record Message(Level level, String text) {
    public enum Level {
        ERROR,
        INFO,
        DEBUG
    }
}
