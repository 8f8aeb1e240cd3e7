package potconsole.engine.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageVerification;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.ParallelXzOutputStream;
import potconsole.engine.image.Registry;
import potconsole.engine.job.JobContext;
import potconsole.engine.model.Pot;
import potconsole.engine.service.PotService;

/** The phases that work on the temporary pot and the image, and their undoing. */
final class BuildSteps {
    private final PotService host;
    private final Registry registry;
    private final BuildRecipe recipe;
    private final BuildOptions options;
    private final JobContext context;
    private final PhaseClock phases;
    private final Clock clock;
    private boolean published;
    private ImageName image;

    BuildSteps(
            PotService host,
            Registry registry,
            BuildRecipe recipe,
            BuildOptions options,
            JobContext context,
            PhaseClock phases,
            Clock clock) {
        this.host = host;
        this.registry = registry;
        this.recipe = recipe;
        this.options = options;
        this.context = context;
        this.phases = phases;
        this.clock = clock;
    }

    BuildResult inPot(BuildPlan plan, TemporaryPot pot, ImageStaging staging) throws Exception {
        image = plan.image();
        pot.create(recipe, options.keepOnFailure(), context, () -> phases.reached(ImageBuild.FLAVOURS));
        if (!phases.current().equals(ImageBuild.FLAVOURS)) {
            phases.enter(ImageBuild.FLAVOURS);
            context.message(recipe.flavours().isEmpty() ? "no flavours in the recipe" : "applied by pot create");
        }
        checks(pot);
        phases.enter(ImageBuild.STOP);
        pot.stop(context);
        phases.enter(ImageBuild.SNAPSHOT);
        host.execute(SnapshotCommand.of(pot.name()), context.execListener(), context.cancellation());
        long bytes = export(pot, staging);
        verifyAndSign(plan, staging);
        phases.enter(ImageBuild.RECORD);
        Pot built = host.inventory(context.cancellation())
                .pot(pot.name())
                .orElseThrow(() -> new IllegalStateException(pot.name() + " is not in the host's inventory"));
        BuildManifest manifest = manifest(plan);
        staging.manifest(manifest);
        Optional<String> nomad = recipe.nomad()
                ? Optional.of(staging.nomad(built, registry.store().urlForHosts()))
                : Optional.empty();
        List<String> files = publish(staging);
        phases.enter(ImageBuild.DESTROY);
        pot.destroy(context.execListener());
        if (pot.exists()) {
            throw new IllegalStateException(pot.name() + " is still on the host after pot destroy");
        }
        if (context.isCancelled()) {
            // Cancelled while the last phase ran: the user asked for no image, so the published one goes again.
            throw new ExecCancelledException("cancelled while the temporary pot was destroyed");
        }
        return new BuildResult(
                image, registry.store().location(), files, manifest, pot.name(), bytes, nomad, phases.close());
    }

    private void checks(TemporaryPot pot) throws Exception {
        phases.enter(ImageBuild.CHECKS);
        if (recipe.checks().isEmpty()) {
            context.message("no checks in the recipe");
            return;
        }
        pot.start(context, options.pollMillis());
        for (int i = 0; i < recipe.checks().size(); i++) {
            String check = recipe.checks().get(i);
            context.units(i, recipe.checks().size());
            context.message(check);
            context.output("$ pot exec -p " + pot.name() + " " + check, false);
            pot.check(check, context);
        }
        context.units(recipe.checks().size(), recipe.checks().size());
    }

    private long export(TemporaryPot pot, ImageStaging staging) throws Exception {
        phases.enter(ImageBuild.EXPORT);
        ImageName exported = new ImageName(pot.name(), image.tag());
        ImageWriter.Options writer = new ImageWriter.Options(
                recipe.level(),
                options.threads(),
                ParallelXzOutputStream.defaultBlockSize(recipe.level()),
                Optional.empty());
        Path directory = staging.xz().getParent();
        long bytes = recipe.export() == BuildRecipe.ExportWhere.HOST
                ? HostSideExport.run(host, exported, recipe.level(), directory, context, options.pollMillis())
                : host.exportToWorkstation(exported, directory, writer, false)
                        .run(SubJob.of(context))
                        .compressedBytes();
        staging.adopt(exported);
        return bytes;
    }

    private void verifyAndSign(BuildPlan plan, ImageStaging staging) throws IOException {
        phases.enter(ImageBuild.VERIFY);
        ImageVerification verified = staging.verify(Optional.empty(), options.threads());
        if (!verified.passed()) {
            throw new IllegalStateException("the image does not verify: " + verified.failures());
        }
        context.message("hash, xz index and integrity passed");
        phases.enter(ImageBuild.SIGN);
        if (plan.key().isEmpty()) {
            context.message("no signing key in the recipe: unsigned");
            return;
        }
        staging.sign(plan.key().get(), plan.publicKeyName());
        ImageVerification signed = staging.verify(Optional.of(plan.key().get().publicKey()), 0);
        if (!signed.passed()) {
            throw new IllegalStateException("the signature does not verify: " + signed.failures());
        }
        context.message("signed, verifies with " + plan.publicKeyName());
    }

    private BuildManifest manifest(BuildPlan plan) {
        return new BuildManifest(
                image.pot(),
                image.tag(),
                recipe.hash(),
                recipe.base(),
                plan.flavours().stream()
                        .map(f -> new BuildManifest.FlavourHash(f.document().name(), f.sha256()))
                        .toList(),
                host.version(),
                options.consoleVersion(),
                host.hostLabel(),
                clock.instant());
    }

    private List<String> publish(ImageStaging staging) throws Exception {
        phases.enter(ImageBuild.PUBLISH);
        if (registry.list().stream().anyMatch(e -> e.name().equals(image))) {
            throw new IllegalStateException(
                    registry.store().location() + " got " + image.xzFile() + " while this build ran: not replacing it");
        }
        List<String> files = registry.publish(staging.xz(), context::bytes, context.cancellation());
        published = true;
        if (registry.list().stream().noneMatch(e -> e.name().equals(image))) {
            throw new IllegalStateException(
                    image.xzFile() + " is not listed in " + registry.store().location() + " after publishing");
        }
        context.message(files.size() + " files in " + registry.store().location());
        return files;
    }

    /** After a failure or cancel: the published files removed, the pot destroyed unless kept; the reason. */
    Exception undo(TemporaryPot pot, Exception cause) {
        String phase = phases.current();
        phases.close();
        context.phase(ImageBuild.DESTROY);
        if (published) {
            unpublish();
        }
        if (options.keepOnFailure() && pot.exists()) {
            context.output(
                    "kept the temporary pot " + pot.name() + " (--keep-on-failure): open it with"
                            + " pot term " + pot.name() + " (potctl term " + pot.name() + " --host "
                            + host.hostLabel() + "), remove it with pot destroy -F -p " + pot.name(),
                    false);
        } else {
            try {
                pot.destroy(context.execListener());
            } catch (RuntimeException e) {
                context.output("could not destroy " + pot.name() + ": " + e.getMessage(), true);
            }
        }
        if (cause instanceof ExecCancelledException) {
            return cause;
        }
        String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return new BuildFailedException(phase, reason, cause);
    }

    private void unpublish() {
        try {
            registry.delete(image);
        } catch (IOException e) {
            context.output("could not remove " + image.xzFile() + " from the registry: " + e.getMessage(), true);
        }
    }
}
