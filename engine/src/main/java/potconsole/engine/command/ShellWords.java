package potconsole.engine.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line typed by a person into words the way sh would (single and double quotes, backslash), without
 * expanding anything; the words are then quoted again by {@link potconsole.engine.exec.ShellQuote} when sent. The
 * sandbox's shell uses the same splitter with its own {@code $} expansion.
 */
public final class ShellWords {
    /** What a {@code $} outside single quotes becomes. */
    @FunctionalInterface
    public interface Dollar {
        /**
         * Appends the expansion of the {@code $} at {@code at} in {@code line} to {@code out}; returns the index of
         * the first character it did not consume.
         */
        int expand(String line, int at, StringBuilder out);
    }

    /** Keeps {@code $} as it is. */
    public static final Dollar LITERAL = (line, at, out) -> {
        out.append('$');
        return at + 1;
    };

    private ShellWords() {}

    /** Splits without expansion; an open quote is an error. */
    public static List<String> split(String line) {
        return split(line, LITERAL, false);
    }

    /**
     * Splits with {@code dollar} expanding each {@code $} outside single quotes. With {@code openQuoteRunsToEnd} an
     * unclosed quote takes the rest of the line instead of being an error.
     */
    public static List<String> split(String line, Dollar dollar, boolean openQuoteRunsToEnd) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    end = openEnd(line, openQuoteRunsToEnd, "A single quote is not closed");
                }
                cur.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (ch == '"') {
                i = doubleQuoted(line, i, dollar, openQuoteRunsToEnd, cur);
                inWord = true;
            } else if (ch == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                inWord = true;
            } else if (ch == '$') {
                i = dollar.expand(line, i, cur) - 1;
                inWord = true;
            } else if (Character.isWhitespace(ch)) {
                if (inWord) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(ch);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(cur.toString());
        }
        return words;
    }

    /**
     * Appends what the double quotes opening at {@code open} hold ({@code \\} escapes only {@code " \\ $ `}, {@code $}
     * expands) and returns the index of the closing quote.
     */
    private static int doubleQuoted(
            String line, int open, Dollar dollar, boolean openQuoteRunsToEnd, StringBuilder cur) {
        int j = open + 1;
        while (j < line.length() && line.charAt(j) != '"') {
            char d = line.charAt(j);
            if (d == '\\' && j + 1 < line.length() && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                cur.append(line.charAt(++j));
                j++;
            } else if (d == '$') {
                j = dollar.expand(line, j, cur);
            } else {
                cur.append(d);
                j++;
            }
        }
        return j >= line.length() ? openEnd(line, openQuoteRunsToEnd, "A double quote is not closed") : j;
    }

    private static int openEnd(String line, boolean openQuoteRunsToEnd, String error) {
        if (!openQuoteRunsToEnd) {
            throw new InvalidArgumentException(error);
        }
        return line.length();
    }
}
