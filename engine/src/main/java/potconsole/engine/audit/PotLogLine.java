package potconsole.engine.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line pot wrote with {@code logger -p local2.info -t pot "pot-<cmd> <args>"} (pot-spec, Logging), as syslogd
 * keeps it: {@code Dec  5 17:33:19 vm pot: pot-start web} (BSD format, no year) or with an RFC 3339 time stamp
 * ({@code syslogd -O rfc5424}-style files). Lines of other programs are not pot's and read as empty.
 */
public record PotLogLine(Instant at, String host, String subcommand, String arguments, Optional<String> pot) {
    private static final Pattern BSD = Pattern.compile(
            "^([A-Z][a-z]{2}) +(\\d{1,2}) (\\d\\d:\\d\\d:\\d\\d) (\\S+) pot(?:\\[\\d+\\])?: pot-(\\S+) ?(.*)$");
    private static final Pattern ISO =
            Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\S+) (\\S+) pot(?:\\[\\d+\\])?: pot-(\\S+) ?(.*)$");
    private static final DateTimeFormatter BSD_TIME = DateTimeFormatter.ofPattern("yyyy MMM d HH:mm:ss", Locale.ROOT);

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
            Matcher bsd = BSD.matcher(line);
            if (!bsd.matches()) {
                return Optional.empty();
            }
            int year = now.atZone(zone).getYear();
            String stamp = bsd.group(1) + " " + bsd.group(2) + " " + bsd.group(3);
            Instant at = LocalDateTime.parse(year + " " + stamp, BSD_TIME)
                    .atZone(zone)
                    .toInstant();
            if (at.isAfter(now.plusSeconds(86_400))) {
                at = LocalDateTime.parse((year - 1) + " " + stamp, BSD_TIME)
                        .atZone(zone)
                        .toInstant();
            }
            return Optional.of(of(at, bsd.group(4), bsd.group(5), bsd.group(6)));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    private static PotLogLine of(Instant at, String host, String subcommand, String arguments) {
        return new PotLogLine(at, host, subcommand, arguments.strip(), potOf(subcommand, arguments));
    }

    /** The pot a command was about: {@code -p NAME}, or the name start/stop/term take without a flag. */
    static Optional<String> potOf(String subcommand, String arguments) {
        List<String> words = List.of(arguments.strip().split("\\s+"));
        int p = words.indexOf("-p");
        if (p >= 0 && p + 1 < words.size()) {
            return Optional.of(words.get(p + 1));
        }
        if (List.of("start", "stop", "term", "run").contains(subcommand)) {
            return words.stream()
                    .filter(w -> !w.isEmpty() && !w.startsWith("-"))
                    .reduce((a, b) -> b);
        }
        return Optional.empty();
    }

    /** The command line as pot ran it. */
    public String commandLine() {
        return ("pot " + subcommand + " " + arguments).strip();
    }
}
