package potconsole.engine.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import potconsole.engine.audit.AuditTrail;
import potconsole.engine.audit.PotLogLine;
import potconsole.engine.audit.PotLogReader;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.journal.JournalEntry;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.sandbox.SandboxSyslog;

/**
 * Reading 100,000 pot log lines into the journal (goal: ≤ 1 s parse). Prints, side by side, best of 5: the parse of
 * the lines alone, the whole first read through the sandbox (script answer, streaming, section parse, line parse),
 * and the fold into a 10,000-entry journal timeline. The read and the fold both run in background jobs (the fold
 * against a snapshot of the journal window's list); the FX thread only swaps the folded list in.
 * {@code mvn -q -Pbench -pl engine test-compile exec:java -Dbench.main=potconsole.engine.bench.AuditBenchmark}
 */
public final class AuditBenchmark {
    private static final int LINES = 100_000;
    private static final Instant NOW = Instant.parse("2026-12-05T18:00:00Z");

    private AuditBenchmark() {}

    public static void main(String[] args) {
        List<String> lines = lines();
        String text = String.join("\n", lines) + "\n";
        System.out.printf(Locale.ROOT, "%-52s %8s%n", "100,000 pot log lines (best of 5)", "ms");
        long parse = best(() -> lines.forEach(l -> PotLogLine.parse(l, NOW, ZoneOffset.UTC)));
        System.out.printf(Locale.ROOT, "%-52s %8d%n", "parse the lines alone", parse);
        List<PotLogLine> read = new ArrayList<>();
        long whole = best(() -> {
            SandboxHost host = SandboxHost.recordedHost(Clock.fixed(NOW, ZoneOffset.UTC));
            SandboxSyslog.of(host).keep();
            SandboxSyslog.of(host).appendRaw("/var/log/pot.log", text);
            read.clear();
            read.addAll(new PotLogReader(host).read(NOW, new Cancellation()).lines());
        });
        System.out.printf(
                Locale.ROOT, "%-52s %8d   (%d lines)%n", "first read over the sandbox, parsed", whole, read.size());
        List<AuditTrail.Event> journal = journal();
        List<AuditTrail.Event> hostEvents =
                read.stream().map(l -> AuditTrail.of("vm", l)).toList();
        long fold = best(() -> AuditTrail.fold(journal, hostEvents));
        System.out.printf(Locale.ROOT, "%-52s %8d%n", "fold into a 10,000-entry timeline (background job)", fold);
    }

    private static List<String> lines() {
        DateTimeFormatter stamp =
                DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
        String[] commands = {
            "start web",
            "stop web",
            "snapshot -p db",
            "set-attribute -p web -A start-at-boot -V YES",
            "exec -p db /usr/local/bin/db-backup --to /backup",
            "destroy -p old -F"
        };
        List<String> out = new ArrayList<>(LINES);
        Instant t = NOW.minus(Duration.ofDays(30));
        for (int i = 0; i < LINES; i++) {
            out.add(stamp.format(t.plusSeconds(i * 25L)) + " vm pot: pot-" + commands[i % commands.length]);
        }
        return out;
    }

    private static List<AuditTrail.Event> journal() {
        List<AuditTrail.Event> events = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            events.add(AuditTrail.of(new JournalEntry(
                    NOW.minusSeconds(i * 60L), "vm", "ops", "pot start web", true, 0, Duration.ZERO, List.of())));
        }
        return events;
    }

    private static long best(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        return best;
    }
}
