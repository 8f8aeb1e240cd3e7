package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;
import potconsole.engine.sandbox.SandboxHost;

/** potctl build with the README's recipe (docs/examples/nginx-test) on the sandbox, and registry ls after it. */
class PotCtlBuildTest {
    @TempDir
    Path dir;

    private final SandboxHost sandbox = SandboxHost.demoForTests(Clock.systemUTC());
    private Path recipe;

    @BeforeEach
    void copyTheReadmeExample() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../docs/examples/nginx-test"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        recipe = dir.resolve("nginx-test.potbuild");
        // xz level 1: the phases are tested here, not the compression.
        Files.writeString(recipe, Files.readString(recipe).replace("level = 6", "level = 1"));
    }

    private Run potctl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PotCtl.run(args, new PrintWriter(out, true), new PrintWriter(err, true), sandbox);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void buildsTheReadmeRecipeAndRegistryLsShowsItsManifest() throws Exception {
        Run build = potctl("build", recipe.toString());

        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.out()).startsWith("built nginx-test_1.0.xz").contains("/tmp/images on sandbox");
        assertThat(build.err())
                .contains("== Running the checks", "nginx.conf test is successful", "== Destroying the temporary pot");
        Run ls = potctl("registry", "ls", "sandbox:/tmp/images");
        assertThat(ls.out())
                .contains("BUILT FROM A RECIPE")
                .containsPattern("nginx-test @ 1\\.0 +base 13\\.2, recipe ");
        JsonNode images = new ObjectMapper()
                .readTree(potctl("registry", "ls", "--json", "sandbox:/tmp/images")
                        .out());
        JsonNode built = Stream.iterate(0, i -> i + 1)
                .limit(images.size())
                .map(images::get)
                .filter(i -> i.get("pot").asText().equals("nginx-test"))
                .findFirst()
                .orElseThrow();
        assertThat(built.at("/build/recipe_sha256").asText()).hasSize(64);
        assertThat(built.at("/build/flavours/1/name").asText()).isEqualTo("nginx-test-cmd");
        assertThat(potctl("ls").out()).doesNotContain("-build-");
    }

    @Test
    void jsonResultNamesTheFilesAndPhaseTimes() throws Exception {
        Run build = potctl("build", "--json", recipe.toString());

        assertThat(build.exit()).as(build.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(build.out());
        assertThat(r.get("tag").asText()).isEqualTo("1.0");
        assertThat(r.get("files").toString()).contains("nginx-test_1.0.xz.build", "nginx-test_1.0.xz.nomad");
        assertThat(r.get("phases").size()).isEqualTo(13);
    }

    @Test
    void refusalsArePrintedAndNothingIsCreated() throws Exception {
        Files.writeString(recipe, Files.readString(recipe).replace("flavour = nginx-test-cmd", "flavour = nope"));

        Run build = potctl("build", recipe.toString());

        assertThat(build.exit()).isEqualTo(PotCtl.POT_FAILED);
        assertThat(build.err()).contains("potctl: flavour nope is neither beside the recipe");
        assertThat(potctl("ls").out()).doesNotContain("-build-");
    }

    @Test
    void aBadRecipeIsAUsageError() throws Exception {
        Files.writeString(recipe, "image = x\n");

        Run build = potctl("build", recipe.toString());

        assertThat(build.exit()).isEqualTo(PotCtl.USAGE);
        assertThat(build.err()).contains("'base = …' is missing");
    }
}
