package potconsole.engine.parse;

/**
 * A {@code datasets:} line of ls/info -v: {@code <mountpoint> => <source>}, or a bare dataset (single pots print
 * {@code <pot>/m} first); then {@code mountPoint} is empty.
 */
public record DatasetLine(String mountPoint, String source) {
    static DatasetLine parse(String line) {
        int arrow = line.indexOf(" => ");
        return arrow < 0
                ? new DatasetLine("", line)
                : new DatasetLine(line.substring(0, arrow), line.substring(arrow + 4));
    }
}
