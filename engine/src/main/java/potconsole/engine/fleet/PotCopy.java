package potconsole.engine.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.command.RenameCommand;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.image.DirectoryStore;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageVerification;
import potconsole.engine.image.ImageVerifier;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.parse.ImageOutputs;
import potconsole.engine.service.PotService;

/**
 * Copy (or move) a pot to another host in one job, built from the console's own export and push-import: the plan
 * said first; {@code zfs send -R} streamed from the source and compressed here; the image verified; its files pushed
 * into the target's {@code POT_CACHE} and {@code pot import}ed there; the new pot compared with the source; then
 * named, and for a move the source destroyed. Until the copy is checked and named, it lives on the target only under
 * pot import's own name ({@code <pot>_<snap>}); a failure or cancel destroys it and empties the cache again.
 */
public final class PotCopy {
    public static final String PLAN = "Planning the copy";
    public static final String SNAPSHOT = "Taking a snapshot";
    public static final String ROOM = "Checking room on the target";
    public static final String VERIFY = "Verifying the image here";
    public static final String CHECK = "Checking the copy";
    public static final String NAME = "Naming the copy";
    public static final String DESTROY = "Destroying the source";
    public static final String UNDO = "Undoing the copy";

    private final PotService source;
    private final PotService target;
    private final CopyRequest request;
    private final ImageWriter.Options options;
    private final long pollMillis;
    private long streamBytes;
    private long imageBytes;

    public PotCopy(
            PotService source, PotService target, CopyRequest request, ImageWriter.Options options, long pollMillis) {
        this.source = source;
        this.target = target;
        this.request = request;
        this.options = options;
        this.pollMillis = pollMillis;
    }

    /** The plan alone, read from both hosts (what a dialog shows before the user starts the copy). */
    public CopyPlan plan() {
        HostInventory from = source.inventory();
        HostInventory to = target.inventory();
        CopyPlan plan = CopyPlan.of(request, from, source.hostLabel(), to, target.hostLabel());
        List<String> snapshots = from.pot(request.pot())
                .map(p -> p.snapshots().stream().map(s -> s.name()).toList())
                .orElse(List.of());
        if (snapshots.isEmpty()) {
            return plan;
        }
        List<String> refusals = new ArrayList<>(plan.refusals());
        room(from, to, snapshots.get(snapshots.size() - 1), new Cancellation()).ifPresent(refusals::add);
        return new CopyPlan(plan.pot(), plan.finalName(), plan.importName(), refusals, plan.notes());
    }

    public Job<CopyResult> job() {
        return this::run;
    }

    private CopyResult run(JobContext context) throws Exception {
        context.phase(PLAN);
        HostInventory sourceBefore = source.inventory(context.cancellation());
        HostInventory targetBefore = target.inventory(context.cancellation());
        CopyPlan plan = CopyPlan.of(request, sourceBefore, source.hostLabel(), targetBefore, target.hostLabel());
        plan.describe().lines().forEach(line -> context.output(line, false));
        if (!plan.allowed()) {
            throw new IllegalStateException(String.join("; ", plan.refusals()));
        }
        context.message(plan.notes().get(0));
        ImageName image = new ImageName(request.pot(), snapshot(context));
        context.phase(ROOM);
        Optional<String> noRoom = room(sourceBefore, targetBefore, image.tag(), context.cancellation());
        if (noRoom.isPresent()) {
            throw new IllegalStateException(noRoom.get());
        }
        Path directory = request.keepImage().orElse(null);
        Path staging = directory != null ? directory : Files.createTempDirectory("potconsole-copy");
        CopyRollback rollback = new CopyRollback(target, targetBefore);
        Pot copy;
        try {
            copy = transfer(
                    context, image, staging, sourceBefore.pot(request.pot()).orElseThrow(), rollback);
        } catch (Exception e) {
            undo(context, rollback, image);
            if (directory != null) {
                CopyRollback.deleteImage(directory, image);
            }
            throw e;
        } finally {
            if (directory == null) {
                CopyRollback.deleteTree(staging);
            }
        }
        boolean destroyed = request.move() && destroySource(context);
        return new CopyResult(
                request.pot(),
                copy.name(),
                CopyCheck.compare(sourceBefore.pot(request.pot()).orElseThrow(), copy),
                streamBytes,
                imageBytes,
                destroyed,
                request.keepImage());
    }

    /**
     * Why the target has no room for the snapshot's image and stream, if it has none. Unknown figures (no estimate,
     * a df that cannot be read) let the copy go ahead: a write that fails later is undone like any failure.
     */
    private Optional<String> room(HostInventory from, HostInventory to, String snapshot, Cancellation cancellation) {
        String dataset = from.settings().zfsRoot() + "/jails/" + request.pot() + "@" + snapshot;
        OptionalLong estimate = TargetRoom.estimate(source, dataset, cancellation);
        List<TargetRoom.Space> spaces = TargetRoom.read(
                target, to.settings().get("POT_CACHE"), to.settings().fsRoot(), cancellation);
        if (estimate.isEmpty() || spaces.isEmpty()) {
            return Optional.empty();
        }
        return TargetRoom.refusal(estimate.getAsLong(), spaces.get(0), spaces.get(1), target.hostLabel());
    }

    /** The newest snapshot, taken first when the plan said so. */
    private String snapshot(JobContext context) {
        List<String> snapshots = source.snapshots(request.pot());
        if (snapshots.isEmpty()) {
            context.phase(SNAPSHOT);
            source.execute(SnapshotCommand.of(request.pot()));
            snapshots = source.snapshots(request.pot());
        }
        return snapshots.get(snapshots.size() - 1);
    }

    /** Export here, verify, push and import, check, name: the copy under its final name, or an exception. */
    private Pot transfer(JobContext context, ImageName image, Path staging, Pot original, CopyRollback rollback)
            throws Exception {
        ImageWriter.Result written =
                source.exportToWorkstation(image, staging, options, true).run(StageProgress.stage(context, 0, -1));
        streamBytes = written.streamBytes();
        imageBytes = written.compressedBytes();
        context.phase(VERIFY);
        ImageVerification verification = ImageVerifier.verify(written.xz(), Optional.empty(), options.threads());
        if (!verification.passed()) {
            throw new IllegalStateException("the image written here does not verify: " + verification.failures());
        }
        cancelled(context);
        Registry staged = new Registry(DirectoryStore.local(staging));
        RegistryEntry entry = staged.list().stream()
                .filter(e -> e.name().equals(image))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(image.xzFile() + " is missing in " + staging));
        ImageOutputs.Imported imported = target.pushImport(staged, entry, Optional.empty(), pollMillis)
                .run(StageProgress.stage(context, streamBytes, 0));
        rollback.removeCached(image);
        Pot copy = check(context, imported.localName(), original);
        cancelled(context);
        if (!copy.name().equals(request.newName())) {
            context.phase(NAME);
            target.execute(new RenameCommand(copy.name(), request.newName()));
            copy = target.inventory()
                    .pot(request.newName())
                    .orElseThrow(() -> new IllegalStateException(
                            request.newName() + " is not on " + target.hostLabel() + " after pot rename"));
            cancelled(context);
        }
        return copy;
    }

    /** The imported pot as the target's inventory reads it, compared with the source. */
    private Pot check(JobContext context, String imported, Pot original) {
        context.phase(CHECK);
        Pot copy = target.inventory(context.cancellation())
                .pot(imported)
                .orElseThrow(() -> new IllegalStateException(
                        "pot import finished, but " + imported + " is not in the inventory of " + target.hostLabel()));
        List<CopyCheck.Difference> differences = CopyCheck.compare(original, copy);
        differences.forEach(d -> context.output(d.describe(), !d.expected()));
        if (!CopyCheck.passed(differences)) {
            throw new IllegalStateException("the copy differs from " + original.name() + " (the image holds the pot as"
                    + " of its snapshot; take a new one with pot snapshot and copy again): "
                    + String.join(
                            "; ",
                            differences.stream()
                                    .filter(d -> !d.expected())
                                    .map(CopyCheck.Difference::describe)
                                    .toList()));
        }
        context.message(
                differences.isEmpty()
                        ? "same configuration as " + original.name()
                        : differences.size() + " differences, all assigned by pot import");
        return copy;
    }

    private void undo(JobContext context, CopyRollback rollback, ImageName image) {
        context.phase(UNDO);
        List<String> problems = new ArrayList<>(rollback.removeCached(image));
        problems.addAll(rollback.destroyNew(List.of(image.importedPotName(), request.newName())));
        problems.forEach(p -> context.output(p, true));
    }

    /** A move's last step: the checked copy exists, so the source goes; whether it went is read back. */
    private boolean destroySource(JobContext context) {
        context.phase(DESTROY);
        source.execute(DestroyCommand.pot(request.pot()));
        boolean gone = source.inventory().pot(request.pot()).isEmpty();
        context.message(
                gone ? request.pot() + " destroyed on " + source.hostLabel() : request.pot() + " is still there");
        if (!gone) {
            throw new IllegalStateException("the copy is checked, but " + request.pot() + " is still on "
                    + source.hostLabel() + " after pot destroy");
        }
        return true;
    }

    private static void cancelled(JobContext context) {
        if (context.isCancelled()) {
            throw new ExecCancelledException("cancelled");
        }
    }
}
