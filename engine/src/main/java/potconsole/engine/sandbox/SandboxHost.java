package potconsole.engine.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import potconsole.engine.audit.PotLogScript;
import potconsole.engine.doctor.HostFactsScript;
import potconsole.engine.doctor.UsageScript;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.Privilege;
import potconsole.engine.exec.Tty;
import potconsole.engine.exec.TtyRunner;
import potconsole.engine.inventory.InventoryScript;

/**
 * An in-process simulated pot host behind {@link CommandRunner}: pot 0.16.0's commands, messages and exit codes as
 * recorded in the transcripts, with state kept across calls. The console's default host when none is configured,
 * and the backend of GUI tests. It is always labelled a sandbox.
 */
public final class SandboxHost implements CommandRunner, TtyRunner {
    private final SandboxState state;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition potStopped = lock.newCondition();
    private final boolean root;
    private volatile Pacer pacer;
    private final Set<String> active = ConcurrentHashMap.newKeySet();

    SandboxHost(SandboxState state, Pacer pacer, boolean root) {
        this.state = state;
        this.pacer = pacer;
        this.root = root;
        state.root = root;
    }

    /** The seeded host the console shows when no host is configured; work takes realistic time. */
    public static SandboxHost demo() {
        return SandboxSeeds.demo(Clock.systemUTC(), Pacer.realistic());
    }

    /** The same seed, for tests: no waiting, a fixed clock. */
    public static SandboxHost demoForTests(Clock clock) {
        return SandboxSeeds.demo(clock, Pacer.instant());
    }

    /**
     * A host in the state the transcripts start from: host name {@code vm}, base 13.2 and its level-0 pot, pot's
     * stock flavours and the recorded demo flavour. {@code clock} supplies snapshot names and dates.
     */
    public static SandboxHost recordedHost(Clock clock) {
        return new SandboxHost(SandboxSeeds.recordedState(clock), Pacer.instant(), true);
    }

    /** The same host as a non-root account in group pot (privilege mode none). */
    public static SandboxHost recordedHostWithoutRoot(Clock clock) {
        return new SandboxHost(SandboxSeeds.recordedState(clock), Pacer.instant(), false);
    }

    /**
     * The jail ends without pot noticing (a crash, a reboot, {@code jail -r} by hand): the status file still says
     * started. pot calls such a pot wedged in all but name: {@code pot start} refuses it until {@code pot stop}.
     */
    public void loseJail(String pot) {
        lock.lock();
        try {
            SandboxPot p = state.pots.get(pot);
            if (p == null || !p.running) {
                throw new IllegalArgumentException(pot + " is not running");
            }
            p.running = false;
        } finally {
            lock.unlock();
        }
    }

    SandboxState state() {
        return state;
    }

    void locked(Runnable change) {
        lock.lock();
        try {
            change.run();
        } finally {
            lock.unlock();
        }
    }

    public void setClock(Clock clock) {
        lock.lock();
        try {
            state.clock = clock;
        } finally {
            lock.unlock();
        }
    }

    void setPacer(Pacer pacer) {
        this.pacer = pacer;
    }

    @Override
    public String describe() {
        return "sandbox";
    }

    @Override
    public Optional<HostFiles> files() {
        return Optional.of(new SandboxFiles(state, lock));
    }

    /** {@code pot term NAME}: a simulated login shell inside a running pot; pot's refusal otherwise. */
    @Override
    public Tty openTty(ExecRequest request, int columns, int rows) {
        List<String> argv = request.argv();
        String pot = argv.get(argv.size() - 1);
        lock.lock();
        try {
            Optional<SandboxPot> p = state.pot(pot);
            if (p.isEmpty()) {
                throw new ExecFailedException("Pot " + pot + " not found");
            }
            if (!p.get().running) {
                throw new ExecFailedException("The pot " + pot + " is not running");
            }
            String prompt = "root@" + p.get().conf.hostname().orElse(pot) + ":~ # ";
            return new SandboxTty(this, pot, prompt);
        } finally {
            lock.unlock();
        }
    }

    /** Puts a flavour into the simulated flavour directory (the flavour editor's dry-run preview uses this). */
    public void installFlavour(String name, Optional<String> commandFile, Optional<String> bootstrap) {
        lock.lock();
        try {
            state.flavours.put(
                    name,
                    new SandboxFlavour(
                            name, commandFile.orElse(null), bootstrap.orElse(null), List.of(), List.of(), Map.of()));
        } finally {
            lock.unlock();
        }
    }

    /** Command lines running right now (for tests of cancellation). */
    public List<String> activeCommands() {
        return new ArrayList<>(active);
    }

    @Override
    public ExecResult run(ExecRequest request, ExecListener listener) {
        if (request.cancellation().isCancelled()) {
            throw new ExecCancelledException("cancelled before it started");
        }
        Instant started = Instant.now();
        Out out = new Out(listener);
        String label = request.script().isPresent() ? "script" : request.commandLine();
        active.add(label);
        lock.lock();
        try {
            Runnable wake = this::wakeAll;
            request.cancellation().onCancel(wake);
            try {
                int exit = request.script().isPresent()
                        ? runScript(request, request.script().get(), out)
                        : runArgv(request, out);
                out.finish();
                return new ExecResult(exit, started, Duration.between(started, Instant.now()));
            } finally {
                request.cancellation().remove(wake);
            }
        } finally {
            lock.unlock();
            active.remove(label);
        }
    }

    private int runScript(ExecRequest request, String script, Out out) {
        OptionalInt setup = SetupCommands.script(context(request, out), script);
        if (setup.isPresent()) {
            return setup.getAsInt();
        }
        Optional<PotLogScript.Ask> potLog = PotLogScript.askOf(script);
        if (potLog.isPresent()) {
            return SandboxSyslog.answer(state, potLog.get(), out);
        }
        if (HostFactsScript.markerOf(script).isPresent()) {
            return SandboxFactsAnswer.write(state, script, out);
        }
        if (UsageScript.markerOf(script).isPresent()) {
            return SandboxUsageAnswer.write(this, context(request, out), script);
        }
        Optional<String> marker = InventoryScript.markerOf(script);
        if (marker.isEmpty()) {
            out.err("sandbox: only pot's commands and the console's inventory script can run here");
            return 127;
        }
        SandboxInventory.write(state, marker.get(), out);
        return 0;
    }

    private int runArgv(ExecRequest request, Out out) {
        List<String> argv = new ArrayList<>(request.argv());
        Ctx c = context(request, out);
        if (SandboxFixes.handles(state, argv)) {
            return SandboxFixes.rm(c, argv);
        }
        if (!argv.get(0).equals("pot")) {
            return SetupCommands.host(c, argv).orElseGet(() -> HostCommands.run(c, argv, request.stdinBytes()));
        }
        if (argv.size() < 2) {
            out.help(PotHelp.of("usage"));
            return 1;
        }
        SandboxSyslog.potRan(state, argv.get(1), argv.subList(2, argv.size()));
        return dispatch(argv.get(1), argv.subList(2, argv.size()), c, request.stdinBytes());
    }

    private Ctx context(ExecRequest request, Out out) {
        boolean asRoot = root || (request.needsRoot() && request.privilege() != Privilege.NONE);
        return new Ctx(state, out, asRoot, pacer, request.cancellation(), this);
    }

    /** Runs one pot subcommand (also used in-process, as pot's commands call each other, pot-spec §0.10). */
    int dispatch(String sub, List<String> args, Ctx c, byte[] stdin) {
        return PotSubcommands.run(sub, args, c, stdin);
    }

    /** Lets other commands run while this one waits (simulated work, sleeping programs). */
    void pauseUnlocked(Ctx c, Duration d) {
        int holds = release();
        try {
            pacer.pause(d, c.cancellation());
        } finally {
            reacquire(holds);
        }
    }

    /** Blocks (without the lock) until the pot stops or the command is cancelled. */
    void awaitStopOrCancel(Ctx c, String pot) {
        while (state.pot(pot).map(p -> p.running).orElse(false)) {
            if (c.cancellation().isCancelled()) {
                throw new ExecCancelledException("cancelled");
            }
            potStopped.awaitUninterruptibly();
        }
    }

    void signalStopped(String pot) {
        potStopped.signalAll();
    }

    private void wakeAll() {
        lock.lock();
        try {
            potStopped.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private int release() {
        int holds = lock.getHoldCount();
        for (int i = 0; i < holds; i++) {
            lock.unlock();
        }
        return holds;
    }

    private void reacquire(int holds) {
        for (int i = 0; i < holds; i++) {
            lock.lock();
        }
    }
}
