package potconsole.app.connect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.Tty;
import potconsole.engine.exec.TtyRunner;
import potconsole.engine.host.HostStore;
import potconsole.ssh.SshPrompts;
import potconsole.ssh.SshRunner;
import potconsole.ssh.SshTarget;

/**
 * The SSH sessions potctl's agent keeps between runs, one per SSH target (address, user, port, keys, known_hosts:
 * a saved host whose profile changed is a new target). A host is resolved afresh for every run through
 * {@link Connections#open}, so the saved hosts file stays the one owner of what a name means; only the session is
 * kept. Nothing is asked here: a host key or passphrase question is answered no, as without a terminal, and the run's
 * {@link Watch} is told.
 */
public final class SharedSessions implements AutoCloseable {
    private static final class Held {
        final SshRunner runner;
        volatile long lastUse = System.nanoTime();

        Held(SshRunner runner) {
            this.runner = runner;
        }
    }

    /**
     * What one run learns from its SSH commands: a question (host key, passphrase) was refused, or a command ran, so
     * the session is open. The agent hands a run that was refused a question back to a client on a terminal.
     */
    public record Watch(Runnable refusedQuestion, Runnable ran) {}

    /** The watch of the run on this thread (a session connects on the thread of the command that needs it). */
    private static final ThreadLocal<Watch> CURRENT = new ThreadLocal<>();

    /** Asks nothing, as without a terminal; tells the run's watch that it refused. */
    private static final SshPrompts REFUSING = new SshPrompts() {
        @Override
        public Optional<char[]> passphrase(Path key, boolean previousAttemptFailed) {
            refused();
            return Optional.empty();
        }

        @Override
        public HostKeyDecision unknownHostKey(String host, String keyType, String fingerprint) {
            refused();
            return HostKeyDecision.REJECT;
        }

        private void refused() {
            Watch w = CURRENT.get();
            if (w != null) {
                w.refusedQuestion().run();
            }
        }
    };

    private final Map<SshTarget, Held> held = new LinkedHashMap<>();

    /** A host as potctl names it; over SSH, the kept session of its target (the runner returned never closes it). */
    public CommandRunner open(String spec, HostStore store, Path identity, Path knownHosts, Watch watch) {
        CommandRunner fresh = Connections.open(spec, store, identity, knownHosts, REFUSING);
        return fresh instanceof SshRunner ssh ? new Borrowed(hold(ssh), watch) : fresh;
    }

    private synchronized SshRunner hold(SshRunner fresh) {
        // A fresh runner has not connected yet; when the target is kept already it is simply dropped.
        Held h = held.computeIfAbsent(fresh.connection().target(), t -> new Held(fresh));
        h.lastUse = System.nanoTime();
        return h.runner;
    }

    /** Closes the sessions unused for {@code idle} (the caller knows that no run is using them). */
    public synchronized void closeIdle(Duration idle) {
        for (Iterator<Held> it = held.values().iterator(); it.hasNext(); ) {
            Held h = it.next();
            if (System.nanoTime() - h.lastUse >= idle.toNanos()) {
                h.runner.close();
                it.remove();
            }
        }
    }

    /** The kept sessions, as {@code ssh://user@host:port}. */
    public synchronized List<String> describe() {
        List<String> names = new ArrayList<>();
        held.values().forEach(h -> names.add(h.runner.describe()));
        return names;
    }

    @Override
    public synchronized void close() {
        held.values().forEach(h -> h.runner.close());
        held.clear();
    }

    /** A kept session lent to one run: everything but closing. */
    private record Borrowed(SshRunner runner, Watch watch) implements CommandRunner, TtyRunner {
        @Override
        public ExecResult run(ExecRequest request, ExecListener listener) {
            CURRENT.set(watch);
            try {
                ExecResult result = runner.run(request, listener);
                watch.ran().run();
                return result;
            } finally {
                CURRENT.remove();
            }
        }

        @Override
        public String describe() {
            return runner.describe();
        }

        @Override
        public Optional<HostFiles> files() {
            return runner.files();
        }

        @Override
        public Tty openTty(ExecRequest request, int columns, int rows) {
            return runner.openTty(request, columns, rows);
        }
    }
}
