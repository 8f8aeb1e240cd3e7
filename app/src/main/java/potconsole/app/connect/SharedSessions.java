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
 * kept. Nothing is asked here: a host key or passphrase question is answered no, as without a terminal.
 */
public final class SharedSessions implements AutoCloseable {
    private static final class Held {
        final SshRunner runner;
        volatile long lastUse = System.nanoTime();

        Held(SshRunner runner) {
            this.runner = runner;
        }
    }

    private final Map<SshTarget, Held> held = new LinkedHashMap<>();

    /** A host as potctl names it; over SSH, the kept session of its target (the runner returned never closes it). */
    public CommandRunner open(String spec, HostStore store, Path identity, Path knownHosts) {
        CommandRunner fresh = Connections.open(spec, store, identity, knownHosts, SshPrompts.nonInteractive());
        return fresh instanceof SshRunner ssh ? new Borrowed(hold(ssh)) : fresh;
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
    private record Borrowed(SshRunner runner) implements CommandRunner, TtyRunner {
        @Override
        public ExecResult run(ExecRequest request, ExecListener listener) {
            return runner.run(request, listener);
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
