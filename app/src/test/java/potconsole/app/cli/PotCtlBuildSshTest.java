package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;
import potconsole.engine.image.ImageVerifier;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * The README's build on the sandbox with its image, manifest and Nomad job published over SFTP into a registry on a
 * real OpenSSH server ({@code registry = loop:/DIR}); a build refused there leaves the server's directory as it was.
 */
class PotCtlBuildSshTest {
    @TempDir
    Path dir;

    private OpenSshServer server;
    private Path hostsFile;
    private Path remote;
    private Path recipe;
    private final SandboxHost sandbox = SandboxHost.demoForTests(Clock.systemUTC());

    @BeforeEach
    void start() throws IOException {
        OpenSshServer.require();
        server = OpenSshServer.start(dir.resolve("sshd"));
        hostsFile = dir.resolve("hosts.json");
        PotCtlTest.saveLoopHost(hostsFile, "loop", server.port, server);
        remote = Files.createDirectories(dir.resolve("registry"));
        recipe = exampleRecipe(
                dir, "level = 6", "level = 1", "registry = sandbox:/tmp/images", "registry = loop:" + remote);
    }

    /**
     * The README's example recipe (docs/examples/nginx-test) copied into {@code dir}/recipe with each pair of
     * {@code replacements} (text, what replaces it) applied to its .potbuild; returns that file.
     */
    static Path exampleRecipe(Path dir, String... replacements) throws IOException {
        Path recipeDir = Files.createDirectories(dir.resolve("recipe"));
        try (Stream<Path> files = Files.list(Path.of("../docs/examples/nginx-test"))) {
            for (Path f : files.toList()) {
                Files.copy(f, recipeDir.resolve(f.getFileName()));
            }
        }
        Path recipe = recipeDir.resolve("nginx-test.potbuild");
        String text = Files.readString(recipe);
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        Files.writeString(recipe, text);
        return recipe;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** potctl on the sandbox; the registry's host {@code loop} is the saved loopback server, reached over SSH. */
    private Run potctl(String... args) {
        String[] all = Stream.concat(
                        Stream.of("--hosts-file", hostsFile.toString(), "--known-hosts", server.knownHosts.toString()),
                        Stream.of(args))
                .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PotCtl.run(all, new PrintWriter(out, true), new PrintWriter(err, true), sandbox);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void publishesOverSftpAndRegistryLsReadsTheManifestThere() throws Exception {
        Run build = potctl("build", recipe.toString());

        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(ImageVerifier.verify(remote.resolve("nginx-test_1.0.xz"), Optional.empty(), 1)
                        .passed())
                .isTrue();
        assertThat(Files.readString(remote.resolve("nginx-test_1.0.xz.nomad")))
                .contains("image        = \"file://" + remote + "\"");
        Run ls = potctl("registry", "ls", "loop:" + remote);
        assertThat(ls.out()).contains("BUILT FROM A RECIPE").contains("nginx-test @ 1.0");
        try (Stream<Path> files = Files.list(remote)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void theSecondBuildOfTheSameTagIsRefusedAndChangesNothingThere() throws Exception {
        assertThat(potctl("build", recipe.toString()).exit()).isZero();
        long before =
                Files.getLastModifiedTime(remote.resolve("nginx-test_1.0.xz")).toMillis();

        Run again = potctl("build", recipe.toString());

        assertThat(again.exit()).isEqualTo(PotCtl.POT_FAILED);
        assertThat(again.err()).contains("already has nginx-test_1.0.xz");
        assertThat(Files.getLastModifiedTime(remote.resolve("nginx-test_1.0.xz"))
                        .toMillis())
                .isEqualTo(before);
        assertThat(potctl("ls").out()).doesNotContain("-build-");
    }
}
