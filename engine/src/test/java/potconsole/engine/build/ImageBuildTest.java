package potconsole.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageVerifier;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.image.Signify;

/** The seed guide's image built end to end on the sandbox from the recipe in the README. */
class ImageBuildTest {
    @TempDir
    Path temp;

    BuildFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new BuildFixture(temp);
    }

    @Test
    void seedGuideExampleBuildsPublishesAndLeavesNoPot() throws Exception {
        BuildFixture.Recorder rec = new BuildFixture.Recorder("");

        BuildResult result = fx.build(fx.recipe(), BuildFixture.options()).job().run(rec.context());

        assertThat(rec.phases).containsExactlyElementsOf(ImageBuild.PHASES);
        assertThat(result.image()).isEqualTo(new ImageName("nginx-test", "1.0"));
        assertThat(fx.registryFiles())
                .containsExactly(
                        "nginx-test_1.0.xz",
                        "nginx-test_1.0.xz.build",
                        "nginx-test_1.0.xz.meta",
                        "nginx-test_1.0.xz.nomad",
                        "nginx-test_1.0.xz.skein");
        assertThat(ImageVerifier.verify(fx.registryDir.resolve("nginx-test_1.0.xz"), Optional.empty(), 1)
                        .passed())
                .isTrue();
        assertThat(fx.buildPots()).isEmpty();
        assertThat(result.timings())
                .extracting(BuildResult.PhaseTime::phase)
                .containsExactlyElementsOf(ImageBuild.PHASES);
        // The flavours were pushed, applied by pot create, and the check ran inside the pot.
        assertThat(fx.library.open("nginx-test-cmd").commandFile()).contains("set-cmd -c \"nginx -g 'daemon off;'\"\n");
        assertThat(rec.lines).anyMatch(l -> l.contains("flavours     : nginx-test nginx-test-cmd"));
        assertThat(rec.lines).anyMatch(l -> l.contains("nginx.conf test is successful"));
        System.out.println("sandbox build phase timings:\n" + result.timingTable());
    }

    @Test
    void manifestAndNomadJobDescribeTheBuild() throws Exception {
        BuildResult result =
                fx.build(fx.recipe(), BuildFixture.options()).job().run(new BuildFixture.Recorder("").context());

        BuildManifest manifest = BuildManifest.parse(
                        Files.readString(fx.registryDir.resolve("nginx-test_1.0.xz.build")))
                .orElseThrow();
        assertThat(manifest).isEqualTo(result.manifest());
        assertThat(manifest.recipeSha256())
                .isEqualTo(BuildRecipe.sha256(Files.readString(fx.recipeDir.resolve("nginx-test.potbuild"))
                        .replace("level = 6", "level = 1")));
        assertThat(manifest.base()).isEqualTo("13.2");
        assertThat(manifest.potVersion()).isEqualTo("0.16.0");
        assertThat(manifest.flavours())
                .extracting(BuildManifest.FlavourHash::name)
                .containsExactly("nginx-test", "nginx-test-cmd");
        String nomad = Files.readString(fx.registryDir.resolve("nginx-test_1.0.xz.nomad"));
        assertThat(nomad)
                .contains("pot          = \"nginx-test\"")
                .contains("tag          = \"1.0\"")
                .contains("command      = \"nginx\"")
                .contains("http = \"80\"")
                .contains("network_mode = \"public-bridge\"");
    }

    @Test
    void nextTagFollowsTheRegistrysNewest() throws Exception {
        fx.build(fx.recipe(), BuildFixture.options()).job().run(new BuildFixture.Recorder("").context());

        BuildResult second = fx.build(fx.recipe("tag = 1.0", "tag = next"), BuildFixture.options())
                .job()
                .run(new BuildFixture.Recorder("").context());

        assertThat(second.image().tag()).isEqualTo("1.1");
        assertThat(fx.registry().list()).extracting(e -> e.name().tag()).containsExactly("1.0", "1.1");
        assertThat(second.manifest().recipeSha256())
                .isNotEqualTo(BuildRecipe.sha256(""))
                .hasSize(64);
    }

    @Test
    void signedBuildVerifiesWithThePublicKey() throws Exception {
        Signify.SecretKey key = Signify.generate();
        Files.writeString(fx.recipeDir.resolve("build.sec"), BuildFixture.encryptedKey(key, "s3cret"));

        fx.build(
                        fx.recipe("nomad = yes", "nomad = no\nsign = build.sec"),
                        BuildFixture.options().withPassphrase("s3cret".toCharArray()))
                .job()
                .run(new BuildFixture.Recorder("").context());

        assertThat(fx.registryFiles())
                .contains("nginx-test_1.0.xz.skein.sig")
                .doesNotContain("nginx-test_1.0.xz.nomad");
        assertThat(ImageVerifier.verify(fx.registryDir.resolve("nginx-test_1.0.xz"), Optional.of(key.publicKey()), 1)
                        .check(ImageVerifier.SIGNATURE)
                        .orElseThrow()
                        .status())
                .hasToString("PASSED");
    }

    @Test
    void exportOnTheHostIsFetchedAndRemovedThere() throws Exception {
        BuildResult result = fx.build(fx.recipe("export = here", "export = host"), BuildFixture.options())
                .job()
                .run(new BuildFixture.Recorder("").context());

        assertThat(ImageVerifier.verify(fx.registryDir.resolve("nginx-test_1.0.xz"), Optional.empty(), 1)
                        .passed())
                .isTrue();
        assertThat(fx.sandbox.files().orElseThrow().list("/tmp"))
                .noneMatch(e -> e.name().startsWith(result.temporaryPot()));
    }

    @Test
    void nextTagBumpsTheLastNumber() {
        assertThat(BuildPlan.nextTag("p", List.of())).isEqualTo("1.0");
        assertThat(BuildPlan.nextTag("p", List.of(entry("p", "1.9"), entry("p", "1.10"), entry("q", "7"))))
                .isEqualTo("1.11");
        assertThat(BuildPlan.nextTag("q", List.of(entry("q", "7")))).isEqualTo("8");
    }

    private static RegistryEntry entry(String pot, String tag) {
        return new RegistryEntry(new ImageName(pot, tag), 1, true, true, false, Optional.empty());
    }

    @Test
    void recipeMistakesNameTheirLine() {
        assertThatThrownBy(() -> fx.recipe("level = 1", "level = 12")).hasMessageContaining("level = 12");
        assertThatThrownBy(() -> fx.recipe("image = nginx-test", "image = nginx.test"))
                .hasMessageContaining("not a valid pot name");
        assertThatThrownBy(() -> fx.recipe("nomad = yes", "nomad = yes\nnomad = no"))
                .hasMessageContaining("line 14")
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> fx.recipe("export = here", "exprot = here")).hasMessageContaining("line 10");
    }
}
