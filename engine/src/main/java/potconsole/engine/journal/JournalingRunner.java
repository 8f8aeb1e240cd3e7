package potconsole.engine.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.Tty;
import potconsole.engine.exec.TtyRunner;

/**
 * A runner that writes every command it runs, with its outcome and output tail, to the journal, under the name of the
 * program that ran it. The journal keeps the command with secret values masked; the delegate runs the real one.
 */
public final class JournalingRunner implements CommandRunner, TtyRunner {
    private static final int TAIL = 20;

    private final CommandRunner delegate;
    private final Journal journal;
    private final String host;
    private final String user;
    private final String origin;

    public JournalingRunner(CommandRunner delegate, Journal journal, String host) {
        this(delegate, journal, host, JournalEntry.CONSOLE);
    }

    /** {@code origin}: {@link JournalEntry#CONSOLE} or {@link JournalEntry#POTCTL}. */
    public JournalingRunner(CommandRunner delegate, Journal journal, String host, String origin) {
        this.delegate = delegate;
        this.journal = journal;
        this.host = host;
        this.user = System.getProperty("user.name");
        this.origin = origin;
    }

    public CommandRunner delegate() {
        return delegate;
    }

    /** Terminals are journalled when they open (their content is the person's own session, not recorded). */
    @Override
    public Tty openTty(ExecRequest request, int columns, int rows) {
        if (!(delegate instanceof TtyRunner tty)) {
            throw new UnsupportedOperationException(delegate.describe() + " cannot open a terminal");
        }
        Instant started = Instant.now();
        Tty t = tty.openTty(request, columns, rows);
        journal.record(new JournalEntry(
                started,
                host,
                user,
                request.commandLine() + "  (terminal)",
                true,
                0,
                Duration.ZERO,
                List.of(),
                origin));
        return t;
    }

    @Override
    public String describe() {
        return delegate.describe();
    }

    @Override
    public Optional<HostFiles> files() {
        return delegate.files();
    }

    @Override
    public ExecResult run(ExecRequest request, ExecListener listener) {
        TailKeepingListener tee = new TailKeepingListener(listener, TAIL);
        String command = request.script().isPresent() ? "(inventory script)" : request.commandLine();
        boolean changes = request.changesState();
        Instant started = Instant.now();
        // One entry per run, whatever its end: exit code, cancelled, or not run at all.
        try {
            ExecResult r = delegate.run(request, tee);
            List<String> tail = request.script().isPresent() ? List.of() : tee.tail();
            journal.record(entry(started, command, changes, r.exitCode(), r.elapsed(), tail));
            return r;
        } catch (ExecCancelledException e) {
            journal.record(entry(started, command, changes, JournalEntry.CANCELLED, since(started), tee.tail()));
            throw e;
        } catch (RuntimeException e) {
            List<String> why = List.of(String.valueOf(e.getMessage()));
            journal.record(entry(started, command, changes, JournalEntry.FAILED_TO_RUN, since(started), why));
            throw e;
        }
    }

    private JournalEntry entry(
            Instant started, String command, boolean changes, int exitCode, Duration elapsed, List<String> tail) {
        return new JournalEntry(started, host, user, command, changes, exitCode, elapsed, tail, origin).masked();
    }

    private static Duration since(Instant started) {
        return Duration.between(started, Instant.now());
    }
}
