package potconsole.engine.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import potconsole.engine.journal.JournalEntry;

/**
 * One timeline of who changed what: the console's and potctl's journal beside the pot log lines of each host (CLI
 * use, cron, the Nomad driver), newest first, each marked by its origin. The host's lines are parsed here; reading
 * them from where syslog keeps {@code local2} is the caller's.
 */
public final class AuditTrail {
    /** Where an event came from: the console, potctl, or pot's own log on the host. */
    public static final String POT_LOG = "pot log";

    /** One event of the timeline. */
    public record Event(Instant at, String host, String origin, Optional<String> pot, String commandLine) {}

    private AuditTrail() {}

    /**
     * @param journal the console's and potctl's entries (reads included; only state changes are kept, as pot logs
     *     only those at info)
     * @param hostLogs per host label, the lines of its pot log
     */
    public static List<Event> merge(List<JournalEntry> journal, List<HostLog> hostLogs, Instant now) {
        List<Event> events = new ArrayList<>();
        for (JournalEntry e : journal) {
            if (e.changesState()) {
                events.add(new Event(e.at(), e.host(), e.origin(), potIn(e.commandLine()), e.commandLine()));
            }
        }
        for (HostLog log : hostLogs) {
            for (String line : log.lines()) {
                PotLogLine.parse(line, now, log.zone())
                        .ifPresent(p -> events.add(new Event(p.at(), log.host(), POT_LOG, p.pot(), p.commandLine())));
            }
        }
        events.sort(Comparator.comparing(Event::at).reversed());
        return events;
    }

    /** The lines of one host's pot log and the host's time zone. */
    public record HostLog(String host, ZoneId zone, List<String> lines) {}

    private static Optional<String> potIn(String commandLine) {
        String[] words = commandLine.strip().split("\\s+");
        if (words.length < 2 || !words[0].endsWith("pot")) {
            return Optional.empty();
        }
        return PotLogLine.potOf(words[1], String.join(" ", List.of(words).subList(2, words.length)));
    }
}
