package potconsole.engine.parse;

import java.util.Optional;

/**
 * One outer line of a {@code pot info} / {@code pot ls -v} block: a section header ({@code datasets:}) or a
 * {@code key : value} field; anything else is neither. Both parsers read their blocks through this one reading.
 */
record BlockLine(Optional<String> section, Optional<String> key, String value) {
    static BlockLine of(String line) {
        String field = line.strip();
        if (field.endsWith(":")) {
            return new BlockLine(Optional.of(field.substring(0, field.length() - 1)), Optional.empty(), "");
        }
        int sep = field.indexOf(" : ");
        return sep < 0
                ? new BlockLine(Optional.empty(), Optional.empty(), "")
                : new BlockLine(Optional.empty(), Optional.of(field.substring(0, sep)), field.substring(sep + 3));
    }
}
