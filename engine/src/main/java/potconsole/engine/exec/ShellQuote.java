package potconsole.engine.exec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place that quotes for a POSIX shell. Every value that reaches a local or remote {@code sh} goes through
 * here: each argument is wrapped in single quotes, and each embedded single quote becomes {@code '\''}. Inside single
 * quotes a POSIX shell interprets nothing, so the argument arrives byte for byte. NUL cannot be passed to a process
 * as part of an argument at all and is rejected.
 */
public final class ShellQuote {
    private ShellQuote() {}

    /** Quotes one argument. */
    public static String quote(String arg) {
        if (arg.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A value contains a NUL character, which no command line can carry");
        }
        if (!arg.isEmpty() && arg.chars().allMatch(ShellQuote::isPlain)) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** Quotes every argument and joins them with single spaces into one command line. */
    public static String join(List<String> argv) {
        return argv.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
    }

    // Characters that never mean anything to sh, so readable command lines stay readable.
    private static boolean isPlain(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.'
                || c == '/'
                || c == ':'
                || c == ','
                || c == '+'
                || c == '@'
                || c == '%';
    }
}
