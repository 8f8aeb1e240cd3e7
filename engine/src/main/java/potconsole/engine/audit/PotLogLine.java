package potconsole.engine.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line pot wrote with {@code logger -p local2.info -t pot "pot-<cmd> <args>"} (pot-spec, Logging), as syslogd
 * keeps it: {@code Dec  5 17:33:19 vm pot: pot-start web} (BSD format, no year) or with an RFC 3339 time stamp
 * ({@code syslogd -O rfc5424}-style files). Lines of other programs are not pot's and read as empty. {@code cronUser}:
 * the crontab's owner when cron's log shows the job that ran it ({@link CronRun}).
 */
public record PotLogLine(
        Instant at, String host, String subcommand, String arguments, Optional<String> pot, Optional<String> cronUser) {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final Pattern PROGRAM = Pattern.compile("pot(\\[\\d+\\])?");
    private static final Pattern ISO =
            Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\S+) (\\S+) pot(?:\\[\\d+\\])?: pot-(\\S+) ?(.*)$");

    /**
     * @param now lines carry no year: the year that puts the line at or before {@code now}
     * @param zone the host's time zone, in which syslogd wrote the time
     */
    public static Optional<PotLogLine> parse(String line, Instant now, ZoneId zone) {
        try {
            Matcher iso = ISO.matcher(line);
            if (iso.matches()) {
                Instant at = OffsetDateTime.parse(iso.group(1)).toInstant();
                return Optional.of(of(at, iso.group(2), iso.group(3), iso.group(4)));
            }
            return bsd(line, now, zone);
        } catch (DateTimeException notATime) {
            return Optional.empty();
        }
    }

    /**
     * {@code Mmm dd HH:MM:SS host pot: pot-…} read by hand: a first read may hold 100,000 lines, and a regular
     * expression with a date formatter per line cost ~50 µs each.
     */
    private static Optional<PotLogLine> bsd(String line, Instant now, ZoneId zone) {
        if (line.length() < 22 || line.charAt(3) != ' ' || line.charAt(6) != ' ' || line.charAt(9) != ':') {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(line.substring(0, 3));
        int hostEnd = line.indexOf(' ', 16);
        if (month < 0 || month % 3 != 0 || line.charAt(15) != ' ' || hostEnd < 0) {
            return Optional.empty();
        }
        String rest = line.substring(hostEnd + 1);
        int colon = rest.indexOf(": pot-");
        if (colon < 0 || !PROGRAM.matcher(rest.substring(0, colon)).matches()) {
            return Optional.empty();
        }
        Optional<Instant> stamp = stamp(line, month, now, zone);
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        Instant at = stamp.get();
        String command = rest.substring(colon + 6);
        int space = command.indexOf(' ');
        return Optional.of(
                space < 0
                        ? of(at, line.substring(16, hostEnd), command, "")
                        : of(
                                at,
                                line.substring(16, hostEnd),
                                command.substring(0, space),
                                command.substring(space + 1)));
    }

    /** The time of a BSD syslog line ({@code Mmm dd HH:MM:SS …}), in the year that puts it at or before now. */
    static Optional<Instant> stamp(String line, Instant now, ZoneId zone) {
        if (line.length() < 16 || line.charAt(3) != ' ' || line.charAt(6) != ' ' || line.charAt(15) != ' ') {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(line.substring(0, 3));
        return month < 0 || month % 3 != 0 ? Optional.empty() : stamp(line, month, now, zone);
    }

    private static Optional<Instant> stamp(String line, int month, Instant now, ZoneId zone) {
        int day = digits(line, 4, 6);
        int h = digits(line, 7, 9);
        int m = digits(line, 10, 12);
        int sec = digits(line, 13, 15);
        if (day < 1 || h < 0 || m < 0 || sec < 0) {
            return Optional.empty();
        }
        int year = now.atZone(zone).getYear();
        Instant at = LocalDateTime.of(year, month / 3 + 1, day, h, m, sec)
                .atZone(zone)
                .toInstant();
        if (at.isAfter(now.plusSeconds(86_400))) {
            at = LocalDateTime.of(year - 1, month / 3 + 1, day, h, m, sec)
                    .atZone(zone)
                    .toInstant();
        }
        return Optional.of(at);
    }

    /** The same line, known to come from a cron job of {@code user}. */
    public PotLogLine ranByCron(String user) {
        return new PotLogLine(at, host, subcommand, arguments, pot, Optional.of(user));
    }

    /** A number of one or two digits (a leading space for a day below 10), or -1. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        boolean any = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n = n * 10 + (c - '0');
                any = true;
            } else if (c != ' ' || any) {
                return -1;
            }
        }
        return any ? n : -1;
    }

    private static PotLogLine of(Instant at, String host, String subcommand, String arguments) {
        return new PotLogLine(at, host, subcommand, arguments.strip(), potOf(subcommand, arguments), Optional.empty());
    }

    /**
     * The pot a command was about: {@code -p NAME}, or the name start/stop/term take without a flag; for prepare the
     * pot it makes ({@code -p} names the image there).
     */
    static Optional<String> potOf(String subcommand, String arguments) {
        List<String> words = List.of(arguments.strip().split("\\s+"));
        if (subcommand.equals("prepare")) {
            return prepared(words);
        }
        Optional<String> named = value(words, "-p");
        if (named.isPresent()) {
            return named;
        }
        if (List.of("start", "stop", "term", "run").contains(subcommand)) {
            return words.stream()
                    .filter(w -> !w.isEmpty() && !w.startsWith("-"))
                    .reduce((a, b) -> b);
        }
        return Optional.empty();
    }

    /**
     * The pot prepare makes: {@code <-n>_<-a>}, or {@code <-p>_<-t>_<-a>} without {@code -n}, every "." turned into
     * "_" (pot-spec §4, prepare.sh; transcript 116: {@code -n y-run -a 7} prepared {@code y-run_7}).
     */
    private static Optional<String> prepared(List<String> words) {
        Optional<String> base = value(words, "-n")
                .or(() -> value(words, "-p").flatMap(image -> value(words, "-t").map(tag -> image + "_" + tag)));
        return value(words, "-a").flatMap(id -> base.map(b -> (b + "_" + id).replace('.', '_')));
    }

    private static Optional<String> value(List<String> words, String flag) {
        int i = words.indexOf(flag);
        return i >= 0 && i + 1 < words.size() ? Optional.of(words.get(i + 1)) : Optional.empty();
    }

    /** The command line as pot ran it. */
    public String commandLine() {
        return ("pot " + subcommand + " " + arguments).strip();
    }
}
