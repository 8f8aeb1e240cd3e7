package potconsole.engine.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import potconsole.engine.journal.JournalEntry;
import potconsole.engine.secret.Secrets;

/**
 * One timeline of who changed what: the console's and potctl's journal beside the pot log lines of each host (CLI
 * use, cron, the Nomad driver), newest first, each marked by its origin. A host line that is the console's own
 * command (same host, subcommand and pot, within {@link #SAME_COMMAND}) is not shown twice: the journal's entry is
 * marked as seen in the host's log instead. Host lines have their secret values masked like the journal's.
 */
public final class AuditTrail {
    /** The origin of a line read from a host's pot log. */
    public static final String HOST_LOG = "host log";

    /** How far apart the journal's start time and pot's log line of the same command may be. */
    static final Duration SAME_COMMAND = Duration.ofSeconds(120);

    /** The Nomad driver's pot names end in the allocation id (pot-spec §8.2: {@code <task>_<inv>_<alloc>}). */
    private static final Pattern NOMAD_NAME =
            Pattern.compile(".*_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    /**
     * One event: when, on which host, from where ({@link JournalEntry#CONSOLE}, {@link JournalEntry#POTCTL} or
     * {@link #HOST_LOG}), who ran it as far as can be told, the pot, the command, the journal's entry if it is one,
     * and whether the host's log has it too.
     */
    public record Event(
            Instant at,
            String host,
            String origin,
            String who,
            Optional<String> pot,
            String commandLine,
            Optional<JournalEntry> entry,
            boolean inHostLog) {
        /** Reads are the journal's only; every line of pot's log at info is a change (or get-attribute). */
        public boolean changesState() {
            return entry.map(JournalEntry::changesState).orElse(true);
        }

        public boolean failed() {
            return entry.map(e -> e.exitCode() != 0).orElse(false);
        }

        Event seenInHostLog() {
            return new Event(at, host, origin, who, pot, commandLine, entry, true);
        }
    }

    /** The lines of one host's pot log and the host's time zone. */
    public record HostLog(String host, ZoneId zone, List<String> lines) {}

    private AuditTrail() {}

    public static Event of(JournalEntry e) {
        return new Event(
                e.at(), e.host(), e.origin(), e.user(), potIn(e.commandLine()), e.commandLine(), Optional.of(e), false);
    }

    /** A line of {@code host}'s pot log (the console's name for the host, not the one syslogd wrote). */
    public static Event of(String host, PotLogLine l) {
        return new Event(
                l.at(), host, HOST_LOG, who(l), l.pot(), Secrets.hide(l.commandLine()), Optional.empty(), true);
    }

    /**
     * Who ran a host's line, as far as the host's logs tell: a cron job (cron's log names its user), the Nomad driver
     * (runs as root); pot itself logs no user.
     */
    static String who(PotLogLine l) {
        if (l.cronUser().isPresent()) {
            return "cron (" + l.cronUser().get() + ")";
        }
        boolean nomad = l.subcommand().equals("prepare")
                || l.pot().filter(p -> NOMAD_NAME.matcher(p).matches()).isPresent();
        return nomad ? "nomad driver (root)" : "not logged (CLI or a script)";
    }

    /** The journal (reads included) and the hosts' raw lines as one timeline, newest first. */
    public static List<Event> merge(List<JournalEntry> journal, List<HostLog> hostLogs, Instant now) {
        List<Event> ours = new ArrayList<>(journal.stream().map(AuditTrail::of).toList());
        ours.sort(Comparator.comparing(Event::at).reversed());
        List<Event> theirs = new ArrayList<>();
        for (HostLog log : hostLogs) {
            for (String line : log.lines()) {
                PotLogLine.parse(line, now, log.zone()).ifPresent(p -> theirs.add(of(log.host(), p)));
            }
        }
        return fold(ours, theirs);
    }

    /**
     * Folds host lines into a timeline: a line that is one of the timeline's own commands marks it; the others are
     * merged in by time. Linear after sorting the new lines; {@code timeline} is newest first and is not changed.
     */
    public static List<Event> fold(List<Event> timeline, List<Event> hostLines) {
        List<Event> result = new ArrayList<>(timeline);
        Map<String, TreeMap<Instant, Deque<Integer>>> own = new HashMap<>();
        for (int i = result.size() - 1; i >= 0; i--) {
            Event e = result.get(i);
            if (e.entry().isPresent() && !e.inHostLog() && e.changesState()) {
                own.computeIfAbsent(key(e), k -> new TreeMap<>())
                        .computeIfAbsent(e.at(), t -> new ArrayDeque<>())
                        .add(i);
            }
        }
        List<Event> rest = new ArrayList<>();
        for (Event line : hostLines) {
            Integer hit = near(own.get(key(line)), line.at());
            if (hit != null) {
                result.set(hit, result.get(hit).seenInHostLog());
            } else {
                rest.add(line);
            }
        }
        // Lines come oldest first; of two with the same second the later one is the newer.
        Collections.reverse(rest);
        rest.sort(Comparator.comparing(Event::at).reversed());
        return mergeNewestFirst(result, rest);
    }

    /** Takes the journal's entry of the same command nearest in time within {@link #SAME_COMMAND}, if any. */
    private static Integer near(TreeMap<Instant, Deque<Integer>> byTime, Instant at) {
        if (byTime == null) {
            return null;
        }
        Map.Entry<Instant, Deque<Integer>> e = byTime.ceilingEntry(at.minus(SAME_COMMAND));
        if (e == null || e.getKey().isAfter(at.plus(SAME_COMMAND))) {
            return null;
        }
        Integer i = e.getValue().poll();
        if (e.getValue().isEmpty()) {
            byTime.remove(e.getKey());
        }
        return i;
    }

    /** Newest first; on a tie the new line first (it was read later). */
    private static List<Event> mergeNewestFirst(List<Event> a, List<Event> b) {
        List<Event> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean takeA = j >= b.size()
                    || (i < a.size() && a.get(i).at().isAfter(b.get(j).at()));
            out.add(takeA ? a.get(i++) : b.get(j++));
        }
        return out;
    }

    /** Host, subcommand and pot: what the journal's entry and pot's line of one command share. */
    private static String key(Event e) {
        return e.host() + "\u0000" + subcommandIn(e.commandLine()) + "\u0000"
                + e.pot().orElse("");
    }

    private static String subcommandIn(String commandLine) {
        String[] words = commandLine.replace("'", "").strip().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("pot") || words[i].endsWith("/pot")) {
                return words[i + 1];
            }
        }
        return "";
    }

    private static Optional<String> potIn(String commandLine) {
        String[] words = commandLine.replace("'", "").strip().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("pot") || words[i].endsWith("/pot")) {
                return PotLogLine.potOf(
                        words[i + 1], String.join(" ", List.of(words).subList(i + 2, words.length)));
            }
        }
        return Optional.empty();
    }
}
