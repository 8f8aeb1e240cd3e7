package potconsole.engine.audit;

import java.util.List;
import java.util.Optional;

/**
 * What the audit trail knows of one host's pot log: the file read, where pot's lines are forwarded, or why none is
 * read — kept nowhere (with the line that would keep them), unreadable, or the host unreachable.
 */
public record HostLogSource(String host, Optional<String> file, List<String> forwards, Optional<String> problem) {
    public HostLogSource {
        forwards = List.copyOf(forwards);
    }

    public static HostLogSource of(String host, PotLogReader.Update u) {
        Optional<String> problem = u.where().kept()
                ? (u.problem().isEmpty() ? Optional.empty() : Optional.of(u.problem()))
                : Optional.of(notKept());
        return new HostLogSource(host, u.file(), u.where().forwards(), problem);
    }

    public static HostLogSource failed(String host, String why) {
        return new HostLogSource(host, Optional.empty(), List.of(), Optional.of("not read: " + why));
    }

    /** Not read yet. */
    public static HostLogSource pending(String host) {
        return new HostLogSource(host, Optional.empty(), List.of(), Optional.of("reading…"));
    }

    /** What to do when syslogd keeps pot's lines nowhere (FreeBSD's stock syslog.conf). */
    public static String notKept() {
        return "pot's lines (local2.info) are kept nowhere — add the line \"" + SyslogConf.SNIPPET.replace('\t', ' ')
                + "\" to " + SyslogConf.SNIPPET_FILE + ", then run: touch /var/log/pot.log && service syslogd reload";
    }

    /** One line for a status bar: {@code sandbox: /var/log/pot.log} or {@code fbsd1: <problem>}. */
    public String describe() {
        String where = problem.orElseGet(() -> file.orElse("?"));
        return host + ": " + where
                + (forwards.isEmpty() ? "" : " (also forwarded to " + String.join(", ", forwards) + ")");
    }
}
