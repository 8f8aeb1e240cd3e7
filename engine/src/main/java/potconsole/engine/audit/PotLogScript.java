package potconsole.engine.audit;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ShellQuote;

/**
 * The one exec of an incremental read of a host's pot log: a POSIX {@code sh} script on stdin that prints syslogd's
 * configuration (the main file and each file of the directories it includes), the host name and its UTC offset, and —
 * when a log file is named — the bytes of it not read yet, and cron's job lines that ran pot: from {@code offset} when the file is the same (inode) and
 * not shorter, else from 0 (rotated or truncated); at most {@code cap} bytes, the newest. Sections are framed like the
 * inventory's ({@code MARKER BEGIN section}); every value reaches the script through {@link ShellQuote}. Needs no root
 * when the log is readable by the account (else the section says so).
 */
public final class PotLogScript {
    public static final String HEADER = "# pot-console pot log v1";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PARAM = Pattern.compile("(?m)^([A-Z])=(.*)$");

    /** What the script was asked: the main config file, the log file (empty: none yet), where the last read ended. */
    public record Ask(
            String marker, String mainConf, String file, String inode, long offset, long cap, String cronLog) {}

    /** Where cron logs the jobs it starts ({@code cron.*} in FreeBSD's stock syslog.conf). */
    public static final String CRON_LOG = "/var/log/cron";
    /** How much of the cron log's end each read looks at for the jobs that ran pot (a few days of a busy crontab). */
    public static final long CRON_TAIL = 256 * 1024;

    private PotLogScript() {}

    public static Ask ask(String mainConf, String file, String inode, long offset, long cap) {
        return ask(mainConf, file, inode, offset, cap, CRON_LOG);
    }

    public static Ask ask(String mainConf, String file, String inode, long offset, long cap, String cronLog) {
        byte[] nonce = new byte[8];
        RANDOM.nextBytes(nonce);
        return new Ask("@@POTLOG-" + HexFormat.of().formatHex(nonce), mainConf, file, inode, offset, cap, cronLog);
    }

    public static ExecRequest request(Ask a) {
        String text = HEADER + "\n"
                + "M=" + ShellQuote.quote(a.marker()) + "\n"
                + "S=" + ShellQuote.quote(a.mainConf()) + "\n"
                + "F=" + ShellQuote.quote(a.file()) + "\n"
                + "I=" + ShellQuote.quote(a.inode()) + "\n"
                + "O=" + a.offset() + "\n"
                + "C=" + a.cap() + "\n"
                + "K=" + ShellQuote.quote(a.cronLog()) + "\n"
                + BODY;
        return ExecRequest.script(text);
    }

    /** The question a script text asks (the sandbox answers it as the shell would), if it is this script. */
    public static Optional<Ask> askOf(String script) {
        if (!script.startsWith(HEADER)) {
            return Optional.empty();
        }
        String m = "", s = "", f = "", i = "", k = "";
        long o = 0, c = 0;
        Matcher p = PARAM.matcher(script);
        while (p.find()) {
            String v = unquote(p.group(2));
            switch (p.group(1)) {
                case "M" -> m = v;
                case "S" -> s = v;
                case "F" -> f = v;
                case "I" -> i = v;
                case "O" -> o = Long.parseLong(v);
                case "C" -> c = Long.parseLong(v);
                case "K" -> k = v;
                default -> {}
            }
        }
        return Optional.of(new Ask(m, s, f, i, o, c, k));
    }

    private static String unquote(String v) {
        return v.startsWith("'") && v.endsWith("'") && v.length() >= 2
                ? v.substring(1, v.length() - 1).replace("'\\''", "'")
                : v;
    }

    // stat -c is GNU's (a Linux test host), stat -f FreeBSD's. The echo after the bytes ends a last line syslogd was
    // still writing, so the reader can tell it (the line before END is that terminator: empty, or a partial line).
    private static final String BODY = String.join(
            "\n",
            "LC_ALL=C",
            "export LC_ALL",
            "conf() { echo \"$M BEGIN conf $1\"; cat \"$1\" 2>/dev/null; echo; }",
            "[ -f \"$S\" ] && conf \"$S\"",
            "for d in $(sed -n 's/^[[:space:]]*include[[:space:]][[:space:]]*//p' \"$S\" 2>/dev/null); do",
            "  for f in \"$d\"/*.conf; do [ -f \"$f\" ] && conf \"$f\"; done",
            "done",
            "echo \"$M BEGIN host\"; hostname",
            "echo \"$M BEGIN zone\"; date +%z",
            "if [ -n \"$F\" ]; then",
            "  if [ ! -e \"$F\" ]; then echo \"$M BEGIN nolog missing\"",
            "  elif [ ! -r \"$F\" ]; then echo \"$M BEGIN nolog unreadable\"",
            "  else",
            "    set -- $(stat -c '%i %s' \"$F\" 2>/dev/null || stat -f '%i %z' \"$F\" 2>/dev/null)",
            "    if [ -z \"$2\" ]; then echo \"$M BEGIN nolog unreadable\"",
            "    else",
            "      from=$O; capped=0",
            "      if [ \"$1\" != \"$I\" ] || [ \"$2\" -lt \"$O\" ]; then from=0; fi",
            "      if [ $(($2 - from)) -gt \"$C\" ]; then from=$(($2 - C)); capped=1; fi",
            "      echo \"$M BEGIN log $1 $2 $from $capped\"",
            "      tail -c +$((from + 1)) \"$F\" | head -c $(($2 - from))",
            "      echo",
            "    fi",
            "  fi",
            "fi",
            // cron's own log: the jobs it started that ran pot (its tail only; the reader matches them to pot's lines)
            "if [ -n \"$K\" ] && [ -r \"$K\" ]; then",
            "  echo \"$M BEGIN cron\"",
            "  tail -c " + CRON_TAIL + " \"$K\" | grep ' CMD (.*pot'",
            "fi",
            "echo \"$M END\"",
            "");
}
