package potconsole.engine.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.journal.JournalingRunner;

/**
 * Reads one host's pot log incrementally over its existing connection: each {@link #read} is one exec
 * ({@link PotLogScript}) that also re-reads syslogd's configuration, so a line added to syslog.d is picked up at the
 * next read. It remembers the file, its inode and how far it read; a rotated (new inode) or truncated file is read
 * again from its start. The first read of a large file takes its newest {@value #FIRST_READ_CAP} bytes. Not
 * thread-safe: one read at a time.
 */
public final class PotLogReader {
    public static final String SYSLOG_CONF = "/etc/syslog.conf";
    static final long FIRST_READ_CAP = 32L * 1024 * 1024;

    /** What one read found: where pot's lines go, the file read, the new lines, and whether the file started over. */
    public record Update(
            SyslogConf.Where where, Optional<String> file, List<PotLogLine> lines, boolean restarted, String problem) {
        public Update {
            lines = List.copyOf(lines);
        }
    }

    private final CommandRunner runner;
    private final String mainConf;
    private final String cronLog;
    private String file = "";
    private String inode = "";
    private long offset;

    /** The journal does not record these reads: they would add a line to it every few seconds. */
    public PotLogReader(CommandRunner runner, String mainConf) {
        this(runner, mainConf, PotLogScript.CRON_LOG);
    }

    /** @param cronLog where cron logs the jobs it starts (its lines tell a cron job's pot commands) */
    public PotLogReader(CommandRunner runner, String mainConf, String cronLog) {
        this.runner = runner instanceof JournalingRunner j ? j.delegate() : runner;
        this.mainConf = mainConf;
        this.cronLog = cronLog;
    }

    public PotLogReader(CommandRunner runner) {
        this(runner, SYSLOG_CONF);
    }

    /** The new lines since the last read ({@code now}: the year of a line that names none). */
    public Update read(Instant now, Cancellation cancellation) {
        PotLogOutput out = run(cancellation);
        SyslogConf.Where where = SyslogConf.potLines(mainConf, out.confs(), out.host());
        String wanted = where.file().orElse("");
        if (wanted.isEmpty()) {
            file = "";
            return new Update(where, Optional.empty(), List.of(), false, "");
        }
        if (!wanted.equals(file)) {
            file = wanted;
            inode = "";
            offset = 0;
            out = run(cancellation);
        }
        return take(where, out, now);
    }

    private Update take(SyslogConf.Where where, PotLogOutput out, Instant now) {
        if (out.noLog().isPresent() || out.chunk().isEmpty()) {
            String why = out.noLog().orElse("missing");
            return new Update(
                    where,
                    Optional.of(file),
                    List.of(),
                    false,
                    file + " is " + why
                            + (why.equals("unreadable")
                                    ? " by this account (add it to a group that may read it)"
                                    : ""));
        }
        PotLogOutput.Chunk c = out.chunk().get();
        boolean restarted = offset > 0 && c.from() == 0;
        inode = c.inode();
        offset = c.nextOffset();
        ZoneOffset zone = zone(out.zone());
        List<PotLogLine> lines = new ArrayList<>();
        for (String l : c.lines()) {
            PotLogLine.parse(l, now, zone).ifPresent(lines::add);
        }
        List<CronRun> runs = new ArrayList<>();
        for (String l : out.cronLines()) {
            CronRun.parse(l, now, zone).ifPresent(runs::add);
        }
        return new Update(where, Optional.of(file), CronRun.mark(lines, runs), restarted, "");
    }

    private PotLogOutput run(Cancellation cancellation) {
        PotLogScript.Ask ask = PotLogScript.ask(mainConf, file, inode, offset, FIRST_READ_CAP, cronLog);
        PotLogOutput out = new PotLogOutput(ask.marker());
        runner.run(PotLogScript.request(ask).withCancellation(cancellation), out);
        if (!out.complete()) {
            throw new ExecFailedException("the pot log read of " + runner.describe() + " ended early");
        }
        return out;
    }

    private static ZoneOffset zone(String z) {
        try {
            return ZoneOffset.from(DateTimeFormatter.ofPattern("xx").parse(z));
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** How far the reader has read (tests). */
    long offset() {
        return offset;
    }
}
