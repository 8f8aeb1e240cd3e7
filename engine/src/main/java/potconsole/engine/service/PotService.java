package potconsole.engine.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantLock;
import potconsole.engine.command.CloneCommand;
import potconsole.engine.command.ConfigCommand;
import potconsole.engine.command.CreateCommand;
import potconsole.engine.command.ExecCommand;
import potconsole.engine.command.ExportCommand;
import potconsole.engine.command.ImportCommand;
import potconsole.engine.command.InfoCommand;
import potconsole.engine.command.LastRunStatsCommand;
import potconsole.engine.command.ListCommand;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.command.PotCommand;
import potconsole.engine.command.PsCommand;
import potconsole.engine.command.ShowCommand;
import potconsole.engine.command.StartCommand;
import potconsole.engine.command.VersionCommand;
import potconsole.engine.error.ApplicationFailedException;
import potconsole.engine.error.PotException;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.Privilege;
import potconsole.engine.exec.Tty;
import potconsole.engine.exec.TtyRunner;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.inventory.InventoryException;
import potconsole.engine.inventory.InventoryParser;
import potconsole.engine.inventory.InventoryScript;
import potconsole.engine.job.Job;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.LastRunStats;
import potconsole.engine.model.NetworkType;
import potconsole.engine.parse.ImageOutputs;
import potconsole.engine.parse.InfoParser;
import potconsole.engine.parse.ListParser;
import potconsole.engine.parse.PotErrors;
import potconsole.engine.parse.PotInfo;
import potconsole.engine.parse.PotListing;
import potconsole.engine.parse.PotOutput;
import potconsole.engine.parse.PotUsage;
import potconsole.engine.parse.PsParser;
import potconsole.engine.parse.ShowParser;
import potconsole.engine.parse.SimpleParsers;

/**
 * The engine's face for one host: builds the command, runs it through the host's {@link CommandRunner} with its
 * privilege mode, parses the output and turns failures into typed exceptions. Commands that change state are
 * serialised per host; reads run in parallel. Long operations are offered as {@link Job}s.
 */
public final class PotService {
    private static final int MAX_CAPTURED_LINES = 200_000;

    private final CommandRunner runner;
    private final Privilege privilege;
    private final Clock clock;
    private final ReentrantLock mutations = new ReentrantLock(true);

    public PotService(CommandRunner runner, Privilege privilege, Clock clock) {
        this.runner = runner;
        this.privilege = privilege;
        this.clock = clock;
    }

    public PotService(CommandRunner runner, Privilege privilege) {
        this(runner, privilege, Clock.systemUTC());
    }

    public Privilege privilege() {
        return privilege;
    }

    /** The host's transport, for the host programs around pot (the setup wizard's probe and pot.conf write). */
    public CommandRunner runner() {
        return runner;
    }

    public String hostLabel() {
        return runner.describe();
    }

    /**
     * The one place a pot command becomes a transport request: its argv, whether it needs root (the privilege
     * prefix is added by the caller's {@link ExecRequest#withPrivilege}) and whether it changes the host (for the
     * journal). The transport itself knows nothing of pot.
     */
    public static ExecRequest request(PotCommand command) {
        return ExecRequest.of(command.argv(), command.needsRoot(), command.changesState());
    }

    /**
     * Runs one command and returns its output; a failure (exit code or pot's quirks) throws a PotException. A command
     * that claims a pot was made, moved or removed is checked on the host afterwards ({@link PostConditions}): when
     * the pot list contradicts it, an {@link potconsole.engine.error.UnconfirmedResultException} is thrown even
     * though pot exited 0.
     */
    public PotOutput execute(PotCommand command, ExecListener live, Cancellation cancellation) {
        explicitIp(command).ifPresent(network -> NetworkRules.check(network, inventory(cancellation)));
        ExecRequest request = request(command).withPrivilege(privilege).withCancellation(cancellation);
        CapturingListener captured = new CapturingListener(live, MAX_CAPTURED_LINES);
        ExecResult result;
        // start and exec can block for an application's lifetime: serialising them would stall every other change.
        boolean serialise =
                command.changesState() && !(command instanceof StartCommand) && !(command instanceof ExecCommand);
        if (serialise) {
            mutations.lock();
        }
        try {
            result = runner.run(request, captured);
        } finally {
            if (serialise) {
                mutations.unlock();
            }
        }
        PotOutput output = PotOutput.of(captured.stdout(), captured.stderr());
        PotErrors.check(command, result.exitCode(), output);
        PostConditions.verify(command, result.exitCode(), output, () -> names(ListCommand.Kind.POTS));
        return output;
    }

    /** The network options of a create or clone that names a bridge IP itself: checked like potnet before sending. */
    private static Optional<NetworkOptions> explicitIp(PotCommand command) {
        NetworkOptions network = command instanceof CreateCommand c
                ? c.network()
                : command instanceof CloneCommand c ? c.network() : null;
        return Optional.ofNullable(network)
                .filter(n -> n.type().filter(NetworkType::isBridge).isPresent())
                .filter(n -> !n.ips().isEmpty() && !n.ips().get(0).equals("auto"));
    }

    public PotOutput execute(PotCommand command) {
        return execute(command, ExecListener.NONE, new Cancellation());
    }

    /** A long command as a job: its output lines stream to the job, cancelling the job ends the command. */
    public Job<PotOutput> job(PotCommand command) {
        return context -> {
            context.phase(command.display());
            return execute(command, context.execListener(), context.cancellation());
        };
    }

    /**
     * {@code pot start} as a job. Exit 125 (the pot's own command failed) is explained with the exit code from
     * {@code last-run-stats} (pot-spec §0.12).
     */
    public Job<PotOutput> start(String pot) {
        Job<PotOutput> start = job(StartCommand.of(pot));
        return context -> {
            try {
                return start.run(context);
            } catch (ApplicationFailedException e) {
                OptionalInt exit = lastRunStats(pot).exitCode();
                String detail = exit.isPresent()
                        ? pot + "'s command exited with status " + exit.getAsInt()
                        : pot + "'s command failed";
                throw new ApplicationFailedException(
                        detail + " (pot start returned 125: " + e.getMessage() + ")",
                        e.commandLine(),
                        e.exitCode(),
                        e.errorLines(),
                        e.stderr());
            }
        };
    }

    /**
     * {@code pot export} with progress: the snapshot plan, the {@code zfs send -nP} estimate, then the compressed
     * size polled on the host every {@code pollMillis}; cancel removes the partial files.
     */
    public Job<ExportResult> export(ExportCommand command, long pollMillis) {
        return new HostExport(this, runner, privilege, command, pollMillis).job();
    }

    /**
     * Export to this workstation: the pot's {@code zfs send -R} stream is compressed here into {@code directory},
     * with exact progress; {@code :pot.tag}/{@code :pot.snap} are set on the host afterwards, as pot does.
     */
    public Job<ImageWriter.Result> exportToWorkstation(
            ImageName name, Path directory, ImageWriter.Options options, boolean force) {
        return new WorkstationExport(this, runner, privilege, name, directory, options, force).job();
    }

    /**
     * {@code pot import} with progress: the image growing in {@code POT_CACHE} against its size in a
     * {@code file://} registry; the result names the new pot and the IP pot assigned.
     */
    public Job<ImageOutputs.Imported> importImage(ImportCommand command, long pollMillis) {
        return new HostImport(this, runner, privilege, command, pollMillis).job();
    }

    /**
     * Import by pushing the image's files (and its missing dependencies') into the host's {@code POT_CACHE} over
     * the host's file channel (SFTP), then {@code pot import}; for hosts that cannot reach the registry.
     */
    public Job<ImageOutputs.Imported> pushImport(
            Registry registry, RegistryEntry entry, Optional<String> publicKey, long pollMillis) {
        HostFiles files = runner.files()
                .orElseThrow(() -> new UnsupportedOperationException(
                        runner.describe() + " offers no file transfer; let pot fetch from the URL instead"));
        return new PushImport(this, runner, files, registry, entry, publicKey, pollMillis).job();
    }

    /** The host's files (SFTP for SSH hosts), when its transport offers them. */
    public Optional<HostFiles> files() {
        return runner.files();
    }

    /** An interactive terminal for a command (e.g. {@code pot term NAME}), when the host's transport has PTYs. */
    public Tty openTty(PotCommand command, int columns, int rows) {
        if (!(runner instanceof TtyRunner tty)) {
            throw new UnsupportedOperationException(runner.describe() + " cannot open a terminal");
        }
        return tty.openTty(request(command).withPrivilege(privilege), columns, rows);
    }

    // --- reads ------------------------------------------------------------------------------------------------

    public String version() {
        return SimpleParsers.version(execute(new VersionCommand(false)).data());
    }

    public List<PotListing> listPots() {
        return ListParser.pots(
                execute(new ListCommand(ListCommand.Kind.POTS, false, true)).data());
    }

    public List<String> names(ListCommand.Kind kind) {
        return ListParser.names(execute(new ListCommand(kind, true, false)).data());
    }

    public PotInfo info(String pot) {
        return InfoParser.pot(execute(InfoCommand.verbose(pot)).data());
    }

    /** {@code info -r}: answered by the exit code, so it never throws for a stopped pot. */
    public boolean isRunning(String pot) {
        ExecResult r = runner.run(
                request(new InfoCommand(InfoCommand.Mode.RUNNING, pot, false)).withPrivilege(privilege),
                ExecListener.NONE);
        return r.exitCode() == 0;
    }

    public List<String> snapshots(String pot) {
        return InfoParser.snapshots(
                execute(new InfoCommand(InfoCommand.Mode.SNAPSHOTS, pot, false)).data());
    }

    public Map<String, String> environment(String pot) {
        return InfoParser.environment(
                execute(new InfoCommand(InfoCommand.Mode.ENV, pot, false)).data());
    }

    /** The ZFS dataset of a pot's jail, {@code <zfs_root>/jails/<pot>}. */
    String jailDataset(String pot) {
        return SimpleParsers.configValue(
                        execute(new ConfigCommand("zfs_root", false)).data()) + "/jails/" + pot;
    }

    public LastRunStats lastRunStats(String pot) {
        return SimpleParsers.lastRunStats(execute(new LastRunStatsCommand(pot)).data());
    }

    public List<PotUsage> show(Optional<String> pot) {
        return ShowParser.parse(
                execute(new ShowCommand(pot, pot.isEmpty(), true, false)).data());
    }

    public PsParser.Ps ps() {
        return PsParser.parse(execute(new PsCommand(false)));
    }

    /** The whole host in one exec (pot-spec-aware script on stdin). */
    public HostInventory inventory() {
        return inventory(new Cancellation());
    }

    public HostInventory inventory(Cancellation cancellation) {
        InventoryScript script = InventoryScript.create();
        CapturingListener captured = new CapturingListener(ExecListener.NONE, Integer.MAX_VALUE);
        ExecResult result = runner.run(script.request().withCancellation(cancellation), captured);
        if (result.exitCode() != 0) {
            throw new InventoryException(
                    InventoryException.Reason.SCRIPT_FAILED,
                    "exit " + result.exitCode() + " " + String.join(" ", captured.stderr()));
        }
        return InventoryParser.parse(script.marker(), captured.stdout(), clock.instant());
    }

    /** A read-only host script other than the inventory (the doctor's host facts), as the connecting account. */
    public ExecResult readScript(ExecRequest script, CapturingListener captured, Cancellation cancellation) {
        return runner.run(script.withCancellation(cancellation), captured);
    }

    /**
     * One host command as root through the host's privilege mode (a doctor fix pot has no command for, such as
     * {@code rm -f} of a stale status file); a non-zero exit is a {@link PotException} with its stderr.
     */
    public void runAsRoot(List<String> argv, Cancellation cancellation) {
        ExecRequest request =
                ExecRequest.of(argv, true).withPrivilege(privilege).withCancellation(cancellation);
        CapturingListener captured = new CapturingListener(ExecListener.NONE, 1000);
        ExecResult result = runner.run(request, captured);
        if (result.exitCode() != 0) {
            List<String> err = captured.stderr();
            throw new PotException(
                    err.isEmpty() ? request.commandLine() + " failed" : err.get(err.size() - 1),
                    request.commandLine(),
                    result.exitCode(),
                    err,
                    err);
        }
    }
}
