package potconsole.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.build.BuildOptions;
import potconsole.engine.build.BuildRecipe;
import potconsole.engine.build.BuildRefusedException;
import potconsole.engine.build.BuildResult;
import potconsole.engine.build.ImageBuild;
import potconsole.engine.build.RecipeParser;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.image.Signify;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;

/**
 * Builds an image from a {@code *.potbuild} recipe (docs/BUILD.md) on the host: phases and pot's output on stderr,
 * the result on stdout; Ctrl-C cancels and waits until the temporary pot is destroyed and nothing is published.
 */
@Command(
        name = "build",
        description = "Build an image from a recipe (*.potbuild): push its flavours, create a temporary pot with"
                + " them, run the checks, snapshot, export, verify, sign, publish into the registry with a manifest"
                + " (and a Nomad job), destroy the temporary pot.")
final class BuildCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECIPE", description = "The recipe file (*.potbuild).")
    Path recipeFile;

    @Option(
            names = "--keep-on-failure",
            description = "Keep the temporary pot when the build fails (like pot create -k); the log says how to"
                    + " open it.")
    boolean keep;

    @Option(names = "--passphrase-file", description = "The signing key's passphrase (first line); else asked.")
    Path passphraseFile;

    @Option(names = "--json", description = "The result as JSON: image, registry, files, manifest, phase times.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        BuildRecipe recipe = RecipeParser.read(recipeFile);
        BuildOptions options =
                BuildOptions.defaults(consoleVersion()).keepingOnFailure(keep).withPassphrase(passphrase(recipe));
        ImageBuild build = new ImageBuild(
                root.service(),
                FlavourCmd.library(root),
                root.registry(recipe.registrySpec()),
                recipe,
                options,
                Clock.systemUTC());
        PrintWriter err = spec.commandLine().getErr();
        boolean live = System.console() != null;
        Cancellation cancellation = new Cancellation();
        try {
            return LiveJob.run(spec, cancellation, live, Duration.ofSeconds(30), () -> {
                BuildResult result = build.job().run(context(cancellation, live, err));
                err.print(result.timingTable());
                return json ? json(result) : result.summary();
            });
        } catch (BuildRefusedException refused) {
            refused.reasons().forEach(r -> err.println("potctl: " + r));
            return PotCtl.POT_FAILED;
        }
    }

    /** Phases as they begin and every output line, on stderr; the progress line rewritten on a terminal. */
    private static JobContext context(Cancellation cancellation, boolean live, PrintWriter err) {
        return new JobContext(
                new JobListener() {
                    private String phase = "";

                    @Override
                    public void progress(JobProgress p) {
                        if (!p.phase().equals(phase)) {
                            phase = p.phase();
                            err.println((live ? "\r\033[K" : "") + "== " + phase);
                        } else if (live) {
                            err.print("\r\033[K" + LiveJob.progressLine(p));
                        }
                        err.flush();
                    }

                    @Override
                    public void output(String line, boolean stderr) {
                        err.println((live ? "\r\033[K" : "") + "   " + line);
                    }
                },
                cancellation);
    }

    private char[] passphrase(BuildRecipe recipe) throws IOException {
        if (passphraseFile != null) {
            return Files.readAllLines(passphraseFile, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .toCharArray();
        }
        if (recipe.signingKeyFile().isEmpty() || System.console() == null) {
            return new char[0];
        }
        try {
            Signify.SecretKey.parse(Files.readString(recipe.signingKeyFile().get()), new char[0]);
            return new char[0];
        } catch (IllegalArgumentException encrypted) {
            return System.console()
                    .readPassword("passphrase for %s: ", recipe.signingKey().orElse(""));
        }
    }

    private static String json(BuildResult r) {
        Map<String, Object> manifest = Json.obj(
                "recipe_sha256", r.manifest().recipeSha256(),
                "base", r.manifest().base(),
                "flavours",
                        r.manifest().flavours().stream()
                                .map(f -> Json.obj("name", f.name(), "sha256", f.sha256()))
                                .toList(),
                "pot_version", r.manifest().potVersion(),
                "console_version", r.manifest().consoleVersion(),
                "built", r.manifest().built().toString());
        Map<String, Object> out = Json.obj(
                "pot", r.image().pot(),
                "tag", r.image().tag(),
                "registry", r.registry(),
                "files", r.published(),
                "bytes", r.compressedBytes(),
                "temporary_pot", r.temporaryPot(),
                "manifest", manifest,
                "phases",
                        r.timings().stream()
                                .map(t -> Json.obj(
                                        "phase", t.phase(), "ms", t.took().toMillis()))
                                .toList());
        StringWriter text = new StringWriter();
        Json.print(new PrintWriter(text), out);
        return text.toString().strip();
    }

    private static String consoleVersion() {
        String v = PotCtl.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
