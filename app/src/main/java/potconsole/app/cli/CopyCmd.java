package potconsole.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.app.connect.Connections;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.Privilege;
import potconsole.engine.fleet.CopyPlan;
import potconsole.engine.fleet.CopyRequest;
import potconsole.engine.fleet.PotCopy;
import potconsole.engine.host.HostProfile;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;
import potconsole.engine.journal.JournalingRunner;
import potconsole.engine.service.PotService;

/**
 * Copy or move a pot to another host: the plan first, then one job (stream here, compress, verify, push into the
 * target's cache, pot import, check, name); {@code --move} destroys the source only after the check passed.
 */
@Command(
        name = "copy",
        description = "Copy (or --move) a single pot to another host: zfs send streamed here, compressed, verified,"
                + " pushed and imported there, then checked against the source.")
final class CopyCmd extends OnePotCmd {
    private static final long POLL_MILLIS = 500;

    @Option(names = "--to", required = true, paramLabel = "HOST", description = "The target host (as --host names it).")
    String to;

    @Option(names = "--as", paramLabel = "NEWNAME", description = "The pot's name on the target (default: the same).")
    String newName;

    @Option(
            names = "--move",
            description = "Destroy the source after the copy is checked (asks; --yes without a terminal).")
    boolean move;

    @Option(names = "--keep-image", paramLabel = "DIR", description = "Keep the image files in DIR on this machine.")
    Path keepImage;

    @Option(names = "--snapshot", description = "A pot without a snapshot gets one first (pot snapshot; stopped pots).")
    boolean snapshot;

    @Option(names = "--level", description = "xz compression level 0–9 (default 6).")
    Integer level;

    @Option(names = "--yes", description = "Confirm --move without asking.")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        if (keepImage != null && !Files.isDirectory(keepImage)) {
            throw new InvalidArgumentException("--keep-image " + keepImage + ": not an existing directory");
        }
        CopyRequest request =
                new CopyRequest(name, newName == null ? name : newName, move, Optional.ofNullable(keepImage), snapshot);
        CommandRunner targetRunner = openTarget();
        try {
            PotService target = new PotService(targetRunner, targetPrivilege());
            PotCopy copy = new PotCopy(
                    root.service(),
                    target,
                    request,
                    ImageWriter.Options.defaults(level == null ? 6 : level),
                    POLL_MILLIS);
            return run(copy);
        } finally {
            if (targetRunner instanceof JournalingRunner j && j.delegate() instanceof AutoCloseable c) {
                c.close();
            }
        }
    }

    private Integer run(PotCopy copy) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        CopyPlan plan = copy.plan();
        plan.describe().lines().forEach(line -> err.println("potctl: " + line));
        if (!plan.allowed()) {
            return PotCtl.POT_FAILED;
        }
        if (move) {
            Integer refused = Confirm.check(
                    spec,
                    yes,
                    "moving " + name + " destroys it on " + root.host + " once its copy on " + to + " is checked",
                    "Move " + name + " to " + to + "?");
            if (refused != null) {
                return refused;
            }
        }
        Cancellation cancellation = new Cancellation();
        boolean live = System.console() != null;
        // Ctrl-C cancels: the copy is undone on the target before the JVM exits.
        return LiveJob.run(
                spec,
                cancellation,
                live,
                Duration.ofSeconds(30),
                () -> copy.job()
                        .run(LiveJob.context(cancellation, live, err, true))
                        .summary());
    }

    private CommandRunner openTarget() {
        CommandRunner opened =
                Connections.open(to, root.hosts(), root.identity, root.knownHosts, TerminalPrompts.forThisProcess());
        return new JournalingRunner(opened, Journal.appendingTo(Journal.defaultFile()), to, JournalEntry.POTCTL);
    }

    private Privilege targetPrivilege() {
        return root.hosts()
                .find(to)
                .map(HostProfile::privilege)
                .orElse(root.privilege != null ? root.privilege : Privilege.NONE);
    }
}
