package potconsole.engine.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job cron started, from cron's own log ({@code cron.*} in FreeBSD's stock syslog.conf goes to /var/log/cron):
 * {@code Dec  5 03:00:00 vm /usr/sbin/cron[1234]: (root) CMD (/usr/local/bin/pot exec -p db …)}. pot's own line
 * names no user; a pot line that a crontab command of the same subcommand (and pot) started shortly before is that
 * job's, so the journal can say "cron (root)" instead of "not logged".
 */
public record CronRun(Instant at, String user, String command) {
    /** How long after cron started a job its pot command may still be logged (a backup may take a while). */
    static final Duration WITHIN = Duration.ofMinutes(10);

    private static final Pattern CMD =
            Pattern.compile("^\\S+ +\\d+ \\S+ \\S+ \\S*cron(?:\\[\\d+\\])?: \\((\\S+)\\) CMD \\((.*)\\)$");

    /** A cron log line, if it is a job's start. */
    public static Optional<CronRun> parse(String line, Instant now, ZoneId zone) {
        Matcher m = CMD.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return PotLogLine.stamp(line, now, zone).map(at -> new CronRun(at, m.group(1), m.group(2)));
    }

    /** The lines, each marked with its cron job's user where one of {@code runs} started it. */
    public static List<PotLogLine> mark(List<PotLogLine> lines, List<CronRun> runs) {
        if (runs.isEmpty()) {
            return lines;
        }
        List<PotLogLine> out = new ArrayList<>(lines.size());
        for (PotLogLine l : lines) {
            out.add(startedBy(l, runs).map(r -> l.ranByCron(r.user())).orElse(l));
        }
        return out;
    }

    /** The latest run that started at most {@link #WITHIN} before the line and whose command is this pot command. */
    private static Optional<CronRun> startedBy(PotLogLine l, List<CronRun> runs) {
        CronRun best = null;
        for (CronRun r : runs) {
            boolean inTime = !r.at().isAfter(l.at()) && !r.at().plus(WITHIN).isBefore(l.at());
            if (inTime && r.runs(l) && (best == null || r.at().isAfter(best.at()))) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether this job's command is the line's pot command: {@code pot SUBCOMMAND}, naming the line's pot if any. */
    boolean runs(PotLogLine l) {
        List<String> words = List.of(command.strip().split("\\s+"));
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            if ((w.equals("pot") || w.endsWith("/pot")) && words.get(i + 1).equals(l.subcommand())) {
                return l.pot().map(words::contains).orElse(true);
            }
        }
        return false;
    }
}
