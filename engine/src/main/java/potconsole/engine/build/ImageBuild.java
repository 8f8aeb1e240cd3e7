package potconsole.engine.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.flavour.FlavourDocument;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.image.Registry;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;
import potconsole.engine.service.PotService;

/**
 * An image built from a recipe in one job, from the console's own pieces: the plan (refusals before the host is
 * touched), flavours pushed with the flavour library, {@code pot create -t single -f …} of a temporary pot, the
 * checks through {@code pot exec}, stop, snapshot, the export compressed here, verify, sign, the manifest and Nomad
 * job, publish through the registry (atomic), and the temporary pot destroyed. A failure or cancel in any phase
 * destroys the pot (unless asked to keep it) and leaves nothing in the registry.
 */
public final class ImageBuild {
    public static final String PLAN = "Checking the recipe";
    public static final String PUSH = "Pushing flavours";
    public static final String CREATE = "Creating the temporary pot";
    public static final String FLAVOURS = "Running the flavours";
    public static final String CHECKS = "Running the checks";
    public static final String STOP = "Stopping the pot";
    public static final String SNAPSHOT = "Taking the snapshot";
    public static final String EXPORT = "Exporting the image";
    public static final String VERIFY = "Verifying the image";
    public static final String SIGN = "Signing the image";
    public static final String RECORD = "Writing the manifest and Nomad job";
    public static final String PUBLISH = "Publishing into the registry";
    public static final String DESTROY = "Destroying the temporary pot";
    public static final List<String> PHASES = List.of(
            PLAN, PUSH, CREATE, FLAVOURS, CHECKS, STOP, SNAPSHOT, EXPORT, VERIFY, SIGN, RECORD, PUBLISH, DESTROY);

    private final PotService host;
    private final FlavourLibrary library;
    private final Registry registry;
    private final BuildRecipe recipe;
    private final BuildOptions options;
    private final Clock clock;

    public ImageBuild(
            PotService host,
            FlavourLibrary library,
            Registry registry,
            BuildRecipe recipe,
            BuildOptions options,
            Clock clock) {
        this.host = host;
        this.library = library;
        this.registry = registry;
        this.recipe = recipe;
        this.options = options;
        this.clock = clock;
    }

    /** The plan alone: what a window shows before the user starts, and every refusal knowable up front. */
    public BuildPlan plan() throws IOException, InterruptedException {
        return BuildPlan.of(recipe, library, registry, options.passphrase());
    }

    public Job<BuildResult> job() {
        return this::run;
    }

    private BuildResult run(JobContext context) throws Exception {
        PhaseClock phases = new PhaseClock(context, clock);
        phases.enter(PLAN);
        BuildPlan plan = plan();
        context.message(plan.image().xzFile() + " into " + registry.store().location());
        phases.enter(PUSH);
        push(plan, context);
        phases.enter(CREATE);
        TemporaryPot pot = TemporaryPot.on(host, plan.image().pot());
        context.message(pot.name());
        ImageStaging staging = new ImageStaging(Files.createTempDirectory("potconsole-build"), plan.image());
        BuildSteps steps = new BuildSteps(host, registry, recipe, options, context, phases, clock);
        try {
            return steps.inPot(plan, pot, staging);
        } catch (Exception e) {
            throw steps.undo(pot, e);
        } finally {
            staging.delete();
        }
    }

    /** The recipe's own flavours into the host's flavour directory; unchanged ones are left alone. */
    private void push(BuildPlan plan, JobContext context) throws IOException {
        int pushed = 0;
        for (BuildFlavour f : plan.flavours()) {
            if (!f.fromRecipe()) {
                continue;
            }
            if (context.isCancelled()) {
                // Each flavour goes over whole (the library writes a part file and renames it); stop between them.
                throw new ExecCancelledException("cancelled while pushing flavours");
            }
            if (same(f.document())) {
                context.output("flavour " + f.document().name() + " is already on the host as in the recipe", false);
                continue;
            }
            Optional<Path> backup = library.save(f.document());
            pushed++;
            context.output(
                    "pushed flavour " + f.document().name() + " to " + library.location()
                            + backup.map(b -> " (previous version kept in " + b + ")")
                                    .orElse(""),
                    false);
        }
        context.message(pushed == 0 ? "nothing to push" : pushed + " pushed");
    }

    private boolean same(FlavourDocument recipeFlavour) {
        try {
            FlavourDocument onHost = library.open(recipeFlavour.name());
            return onHost.commandFile().equals(recipeFlavour.commandFile())
                    && onHost.bootstrap().equals(recipeFlavour.bootstrap());
        } catch (IOException notThere) {
            return false;
        }
    }
}
