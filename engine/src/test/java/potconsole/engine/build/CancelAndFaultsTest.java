package potconsole.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.image.Signify;

/** Each fault refused before the pot exists where it can be known, else stopped at its phase; cancel in every phase. */
class CancelAndFaultsTest {
    @TempDir
    Path temp;

    BuildFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new BuildFixture(temp);
    }

    static Iterable<String> phases() {
        return ImageBuild.PHASES;
    }

    @ParameterizedTest
    @MethodSource("phases")
    void cancelInAnyPhaseLeavesNoPotAndPublishesNothing(String phase) throws Exception {
        BuildFixture.Recorder rec = new BuildFixture.Recorder(phase);

        assertThatThrownBy(() ->
                        fx.build(fx.recipe(), BuildFixture.options()).job().run(rec.context()))
                .isInstanceOf(ExecCancelledException.class);

        assertThat(rec.phases).contains(phase);
        assertThat(fx.buildPots()).isEmpty();
        assertThat(fx.registryFiles()).isEmpty();
    }

    @Test
    void unknownFlavourIsRefusedBeforeAnyPotExists() throws Exception {
        BuildFixture.Recorder rec = new BuildFixture.Recorder("");

        assertThatThrownBy(() -> fx.build(
                                fx.recipe("flavour = nginx-test-cmd", "flavour = no-such-flavour"),
                                BuildFixture.options())
                        .job()
                        .run(rec.context()))
                .isInstanceOf(BuildRefusedException.class)
                .hasMessageContaining("flavour no-such-flavour is neither beside the recipe");

        assertThat(rec.phases).containsExactly(ImageBuild.PLAN);
        assertThat(fx.buildPots()).isEmpty();
        assertThat(fx.library.list()).noneMatch(f -> f.name().startsWith("nginx-test"));
    }

    @Test
    void flavourTheLinterRejectsIsRefused() throws Exception {
        Files.writeString(fx.recipeDir.resolve("nginx-test-cmd"), "set-cmd nginx\n");

        assertThatThrownBy(() -> fx.build(fx.recipe(), BuildFixture.options())
                        .job()
                        .run(new BuildFixture.Recorder("").context()))
                .isInstanceOf(BuildRefusedException.class)
                .hasMessageContaining("flavour nginx-test-cmd: ");

        assertThat(fx.buildPots()).isEmpty();
    }

    @Test
    void tagTheRegistryHasIsRefused() throws Exception {
        Files.writeString(fx.registryDir.resolve("nginx-test_1.0.xz"), "an image published before");

        assertThatThrownBy(() -> fx.build(fx.recipe(), BuildFixture.options())
                        .job()
                        .run(new BuildFixture.Recorder("").context()))
                .isInstanceOf(BuildRefusedException.class)
                .hasMessageContaining("already has nginx-test_1.0.xz");

        assertThat(fx.buildPots()).isEmpty();
        assertThat(fx.registryFiles()).containsExactly("nginx-test_1.0.xz");
    }

    @Test
    void wrongPassphraseIsRefused() throws Exception {
        Files.writeString(fx.recipeDir.resolve("k.sec"), BuildFixture.encryptedKey(Signify.generate(), "right"));

        assertThatThrownBy(() -> fx.build(
                                fx.recipe("nomad = yes", "nomad = yes\nsign = k.sec"),
                                BuildFixture.options().withPassphrase("wrong".toCharArray()))
                        .job()
                        .run(new BuildFixture.Recorder("").context()))
                .isInstanceOf(BuildRefusedException.class)
                .hasMessageContaining("incorrect passphrase");

        assertThat(fx.buildPots()).isEmpty();
    }

    @Test
    void failingCheckStopsAtTheChecksAndDestroysThePot() throws Exception {
        BuildFixture.Recorder rec = new BuildFixture.Recorder("");

        assertThatThrownBy(() -> fx.build(
                                fx.recipe("check = nginx -t", "check = nginx -t\ncheck = false"),
                                BuildFixture.options())
                        .job()
                        .run(rec.context()))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining(ImageBuild.CHECKS)
                .hasMessageContaining("check 'false' exited 1");

        assertThat(fx.buildPots()).isEmpty();
        assertThat(fx.registryFiles()).isEmpty();
    }

    @Test
    void keepOnFailureKeepsThePotAndSaysHowToOpenIt() throws Exception {
        BuildFixture.Recorder rec = new BuildFixture.Recorder("");

        assertThatThrownBy(() -> fx.build(
                                fx.recipe("check = nginx -t", "check = false"),
                                BuildFixture.options().keepingOnFailure(true))
                        .job()
                        .run(rec.context()))
                .isInstanceOf(BuildFailedException.class);

        assertThat(fx.buildPots()).hasSize(1);
        String kept = fx.buildPots().get(0);
        assertThat(rec.lines)
                .anyMatch(l -> l.contains("kept the temporary pot " + kept) && l.contains("pot term " + kept));
        assertThat(fx.registryFiles()).isEmpty();
    }
}
