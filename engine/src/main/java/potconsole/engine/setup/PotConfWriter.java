package potconsole.engine.setup;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.exec.ShellQuote;

/**
 * Writes pot.conf atomically with the old file kept: the new text goes to a temporary name in the same directory
 * (so {@code mv} is a rename on one file system), the old file is copied to {@code pot.conf.bak-<UTC time>}, then
 * the temporary file is renamed over pot.conf. A failure before the rename leaves pot.conf untouched and removes the
 * temporary file. {@link #restoreScript} puts the kept copy back the same way. The scripts are plain POSIX sh, run
 * as root; every path goes through {@link ShellQuote}; the text travels in a here-document with a random delimiter.
 */
public final class PotConfWriter {
    public static final String WRITE_HEADER = "# pot-console pot.conf write v1";
    public static final String RESTORE_HEADER = "# pot-console pot.conf restore v1";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern ASSIGN = Pattern.compile("(?m)^(conf|backup)=(.*)$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PotConfWriter() {}

    /** Where the old file is kept when written at {@code when}. */
    public static String backupPath(String conf, Instant when) {
        return conf + ".bak-" + STAMP.format(when);
    }

    public static String writeScript(String conf, String backup, String text) {
        String delimiter = "@@POTCONF-" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
        String body = text.endsWith("\n") ? text : text + "\n";
        return WRITE_HEADER + "\n"
                + "set -e\n"
                + "umask 022\n"
                + "conf=" + ShellQuote.quote(conf) + "\n"
                + "backup=" + ShellQuote.quote(backup) + "\n"
                + "tmp=$(mktemp \"${conf%/*}/.pot.conf.XXXXXX\")\n"
                + "trap 'rm -f \"$tmp\"' EXIT\n"
                + "cat > \"$tmp\" <<'" + delimiter + "'\n"
                + body
                + delimiter + "\n"
                + "chmod 644 \"$tmp\"\n"
                + "if [ -f \"$conf\" ]; then cp -p \"$conf\" \"$backup\"; echo \"kept $backup\"; fi\n"
                + "mv -f \"$tmp\" \"$conf\"\n"
                + "trap - EXIT\n"
                + "echo \"wrote $conf\"\n";
    }

    /** Puts {@code backup} back as pot.conf (atomically); without a backup, removes the pot.conf written. */
    public static String restoreScript(String conf, Optional<String> backup) {
        String put = backup.isPresent()
                ? "tmp=$(mktemp \"${conf%/*}/.pot.conf.XXXXXX\")\n"
                        + "cp -p \"$backup\" \"$tmp\"\n"
                        + "mv -f \"$tmp\" \"$conf\"\n"
                : "rm -f \"$conf\"\n";
        return RESTORE_HEADER + "\n"
                + "set -e\n"
                + "conf=" + ShellQuote.quote(conf) + "\n"
                + backup.map(b -> "backup=" + ShellQuote.quote(b) + "\n").orElse("")
                + put
                + "echo \"restored $conf\"\n";
    }

    /** A write or restore script read back (how the sandbox applies one). */
    public record Parsed(boolean restore, String conf, Optional<String> backup, Optional<String> text) {}

    public static Optional<Parsed> parse(String script) {
        boolean write = script.startsWith(WRITE_HEADER);
        if (!write && !script.startsWith(RESTORE_HEADER)) {
            return Optional.empty();
        }
        String conf = null;
        String backup = null;
        Matcher m = ASSIGN.matcher(script);
        while (m.find()) {
            String value = unquote(m.group(2));
            if (m.group(1).equals("conf")) {
                conf = value;
            } else {
                backup = value;
            }
        }
        Optional<String> text = Optional.empty();
        if (write) {
            List<String> lines = script.lines().toList();
            int start = lines.indexOf(lines.stream()
                    .filter(l -> l.startsWith("cat > "))
                    .findFirst()
                    .orElseThrow());
            String delimiter = lines.get(start).replaceAll(".*<<'(.*)'$", "$1");
            int end = lines.subList(start + 1, lines.size()).indexOf(delimiter) + start + 1;
            text = Optional.of(String.join("\n", lines.subList(start + 1, end)) + "\n");
        }
        return Optional.of(new Parsed(!write, conf, Optional.ofNullable(backup), text));
    }

    private static String unquote(String quoted) {
        if (quoted.startsWith("'") && quoted.endsWith("'")) {
            return quoted.substring(1, quoted.length() - 1).replace("'\\''", "'");
        }
        return quoted;
    }
}
