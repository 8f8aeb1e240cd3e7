package potconsole.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.audit.AuditExport;
import potconsole.engine.audit.AuditTrail;
import potconsole.engine.audit.HostLogSource;
import potconsole.engine.audit.PotLogReader;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.journal.Journal;
import potconsole.engine.service.PotService;

/**
 * One audit trail on the command line: the console's and potctl's journal beside each host's pot log (CLI, cron, the
 * Nomad driver), newest first, as the journal window shows it; {@code --json} as the window's JSON export.
 */
@Command(
        name = "journal",
        description = "The console's and potctl's commands beside each host's pot log (syslog local2), newest first;"
                + " says where a host keeps pot's lines, or the line to add when it keeps them nowhere.")
final class JournalCmd implements Callable<Integer>, HostRead<PotLogReader.Update> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "--pot", paramLabel = "NAME", description = "Only events about this pot.")
    String pot;

    @Option(
            names = "--since",
            paramLabel = "TIME",
            description = "Only events at or after TIME: an instant (2026-12-05T17:00:00Z) or an age (30m, 24h, 7d).")
    String since;

    @Option(names = "--reads", description = "Also the console's and potctl's reads (pot logs only changes).")
    boolean reads;

    @Option(names = "--json", description = "As JSON: {\"hosts\": [...], \"events\": [...]} with stable keys.")
    boolean json;

    @Override
    public Integer call() {
        Instant from = since == null ? Instant.EPOCH : since(since, Instant.now());
        List<HostLogSource> sources = new ArrayList<>();
        List<AuditTrail.Event> lines = new ArrayList<>();
        int unreachable = 0;
        for (String host : root.hostNames()) {
            PotCtl one = root.severalHosts() ? root.on(host) : root;
            try {
                PotLogReader.Update u = read(one.service());
                sources.add(HostLogSource.of(host, u));
                u.lines().forEach(l -> lines.add(AuditTrail.of(host, l)));
            } catch (ExecFailedException e) {
                sources.add(HostLogSource.failed(host, String.valueOf(e.getMessage())));
                unreachable++;
            } finally {
                if (one != root) {
                    one.closeRunner();
                }
            }
        }
        List<AuditTrail.Event> events = AuditTrail.fold(journal(root.hostNames()), lines).stream()
                .filter(e -> !e.at().isBefore(from))
                .filter(e -> pot == null || e.pot().equals(Optional.of(pot)))
                .filter(e -> reads || e.changesState() || e.failed())
                .toList();
        show(sources, events);
        return unreachable == sources.size() ? PotCtl.HOST_FAILED : 0;
    }

    @Override
    public PotLogReader.Update read(PotService service) {
        return new PotLogReader(service.runner()).read(Instant.now(), new Cancellation());
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Object toJson(PotLogReader.Update value) {
        return value.lines().stream()
                .map(l -> AuditExport.event(AuditTrail.of(root.host(), l)))
                .toList();
    }

    @Override
    public void print(PotLogReader.Update value, PrintWriter out, PrintWriter err) {
        value.lines().forEach(l -> out.println(l.at() + " " + l.commandLine()));
    }

    private void show(List<HostLogSource> sources, List<AuditTrail.Event> events) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(AuditExport.json(sources, events));
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        sources.forEach(s -> err.println("potctl: pot log of " + s.describe()));
        String format = "%-20s %-10s %-18s %-14s %s%n";
        out.printf(format, "TIME", "HOST", "ORIGIN", "POT", "COMMAND");
        for (AuditTrail.Event e : events) {
            String origin = e.origin() + (e.entry().isPresent() && e.inHostLog() ? "+log" : "");
            out.printf(
                    format,
                    e.at().toString().replace('T', ' ').replaceFirst("(\\.\\d+)?Z$", "Z"),
                    e.host(),
                    origin,
                    e.pot().orElse("-"),
                    e.commandLine());
        }
    }

    /** The journal's entries about these hosts, newest first (none when there is no journal yet). */
    private static List<AuditTrail.Event> journal(List<String> hosts) {
        Path file = Journal.defaultFile();
        if (!Files.exists(file)) {
            return List.of();
        }
        return new Journal(file)
                .entries().stream()
                        .filter(e -> hosts.contains(e.host()))
                        .map(AuditTrail::of)
                        .sorted(Comparator.comparing(AuditTrail.Event::at).reversed())
                        .toList();
    }

    /** An instant, or an age before {@code now}: {@code 30m}, {@code 24h}, {@code 7d}. */
    static Instant since(String text, Instant now) {
        try {
            if (text.matches("\\d+[smhd]")) {
                long n = Long.parseLong(text.substring(0, text.length() - 1));
                Duration d = switch (text.charAt(text.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
                return now.minus(d);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidArgumentException(
                    "--since " + text + ": an instant (2026-12-05T17:00:00Z) or an age" + " (30m, 24h, 7d)");
        }
    }
}
