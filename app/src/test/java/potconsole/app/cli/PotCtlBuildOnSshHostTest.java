package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;
import potconsole.app.connect.Connections;
import potconsole.engine.build.BuildOptions;
import potconsole.engine.build.ImageBuild;
import potconsole.engine.build.RecipeParser;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.Privilege;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.host.HostStore;
import potconsole.engine.image.DirectoryStore;
import potconsole.engine.image.ImageHash;
import potconsole.engine.image.ImageMeta;
import potconsole.engine.image.ImageVerifier;
import potconsole.engine.image.Registry;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.service.PotService;
import potconsole.engine.testkit.BuildingPotHost;
import potconsole.engine.testkit.RequiredTool;
import potconsole.engine.testkit.Transcript;
import potconsole.ssh.SshPrompts;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * The README's build on a host behind the real loopback OpenSSH server (a stand-in pot there): the recipe's flavours
 * pushed over SFTP into the host's flavour directory, {@code export = host} fetched over SFTP, the image published
 * into a registry on the same host, the temporary pot gone.
 */
class PotCtlBuildOnSshHostTest {
    @TempDir
    Path dir;

    private OpenSshServer server;
    private BuildingPotHost host;
    private Path hostsFile;
    private Path remote;
    private Path recipe;

    @BeforeEach
    void start() throws Exception {
        OpenSshServer.require();
        RequiredTool.require("xz", "xz-utils");
        host = new BuildingPotHost(
                dir.resolve("host"),
                Transcript.load("68-pot-conf-web.txt").stdout().replace("web.vm", "NAME.vm"));
        host.host.base("13.2");
        prepareImage();
        server = OpenSshServer.start(dir.resolve("sshd"), host.host.prefix.resolve("bin") + ":" + host.host.fakeBin);
        hostsFile = dir.resolve("hosts.json");
        PotCtlTest.saveLoopHost(hostsFile, "loop", server.port, server);
        remote = Files.createDirectories(dir.resolve("registry"));
        recipe = PotCtlBuildSshTest.exampleRecipe(
                dir,
                "level = 6",
                "level = 1",
                "export = here",
                "export = host",
                "registry = sandbox:/tmp/images",
                "registry = loop:" + remote);
    }

    /** What the stand-in's pot export copies: a real xz file, a .meta as pot writes it (no origin), their hash. */
    private void prepareImage() throws Exception {
        Path raw = Files.writeString(host.image.resolve("image"), "a pot's zfs stream stands here\n".repeat(200));
        Process xz = new ProcessBuilder("xz", "-1", raw.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(xz.waitFor()).isZero();
        Path image = host.image.resolve("image.xz");
        Path meta = Files.write(host.image.resolve("image.xz.meta"), ImageMeta.NO_ORIGIN.fileBytes());
        Files.write(host.image.resolve("image.xz.skein"), ImageHash.fileBytes(ImageHash.of(image, meta)));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Run potctl(String... args) {
        String[] all = Stream.concat(
                        Stream.of(
                                "--hosts-file",
                                hostsFile.toString(),
                                "--known-hosts",
                                server.knownHosts.toString(),
                                "--host",
                                "loop"),
                        Stream.of(args))
                .toArray(String[]::new);
        return PotCtlTest.potctl(all);
    }

    @Test
    void buildsOnTheSshHostWithFlavoursPushedAndTheExportFetchedOverSftp() throws Exception {
        Run build = potctl("build", recipe.toString());

        assertThat(build.exit()).as(build.out() + build.err()).isZero();
        Path recipeDir = recipe.getParent();
        for (String f : List.of("nginx-test", "nginx-test.sh", "nginx-test-cmd")) {
            assertThat(Files.readAllBytes(host.flavourDir().resolve(f)))
                    .as(f)
                    .isEqualTo(Files.readAllBytes(recipeDir.resolve(f)));
        }
        String pot;
        try (Stream<Path> applied = Files.list(host.host.fake.resolve("applied"))) {
            pot = applied.findFirst().orElseThrow().getFileName().toString();
        }
        // pot create read the pushed files from the flavour directory.
        for (String f : List.of("nginx-test", "nginx-test.sh", "nginx-test-cmd")) {
            assertThat(Files.readAllBytes(host.applied(pot).resolve(f)))
                    .as(f)
                    .isEqualTo(Files.readAllBytes(recipeDir.resolve(f)));
        }
        // export = host: written into the host's /tmp, fetched, and removed there.
        assertThat(Path.of("/tmp", pot + "_1.0.xz")).doesNotExist();
        assertThat(Path.of("/tmp", pot + "_1.0.xz.skein")).doesNotExist();
        assertThat(Path.of("/tmp", pot + "_1.0.xz.meta")).doesNotExist();
        String calls = Files.readString(host.calls());
        assertThat(calls)
                .contains("create ")
                .contains("-f nginx-test")
                .contains("export ")
                .contains("-D /tmp");
        assertThat(ImageVerifier.verify(remote.resolve("nginx-test_1.0.xz"), Optional.empty(), 1)
                        .passed())
                .isTrue();
        assertThat(Files.readString(remote.resolve("nginx-test_1.0.xz.build"))).contains("nginx-test");
        assertThat(remote.resolve("nginx-test_1.0.xz.nomad")).exists();
        assertThat(potctl("ls", "-q").out()).doesNotContain("-build-");
        try (Stream<Path> files = Files.list(host.host.fsRoot.resolve("jails"))) {
            assertThat(files).isEmpty();
        }
    }

    /** The engine's build on the SSH host, as the console runs it: runner, flavour library and registry. */
    private ImageBuild engineBuild() throws IOException {
        CommandRunner runner = Connections.open(
                "loop", new HostStore(hostsFile), null, server.knownHosts, SshPrompts.nonInteractive());
        FlavourLibrary library = new FlavourLibrary(
                runner.files().orElseThrow(), host.flavourDir().toString(), dir.resolve("backups"), Clock.systemUTC());
        return new ImageBuild(
                new PotService(runner, Privilege.NONE),
                library,
                new Registry(DirectoryStore.local(remote)),
                RecipeParser.read(recipe),
                BuildOptions.defaults("test").withPollMillis(5),
                Clock.systemUTC());
    }

    @Test
    void cancelDuringTheFlavourPushLeavesNoPartFilesAndNoPot() throws Exception {
        ImageBuild build = engineBuild();
        Cancellation cancellation = new Cancellation();
        JobListener cancelAtFirstPush = new JobListener() {
            @Override
            public void progress(JobProgress p) {}

            @Override
            public void output(String line, boolean stderr) {
                if (line.startsWith("pushed flavour ")) {
                    cancellation.cancel();
                }
            }
        };

        assertThatThrownBy(() -> build.job().run(new JobContext(cancelAtFirstPush, cancellation)))
                .isInstanceOf(ExecCancelledException.class)
                .hasMessageContaining("pushing flavours");

        // The first flavour went over whole before the cancel; the second was not started; no part files.
        try (Stream<Path> files = Files.list(host.flavourDir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("nginx-test", "nginx-test.sh");
        }
        for (String f : List.of("nginx-test", "nginx-test.sh")) {
            assertThat(Files.readAllBytes(host.flavourDir().resolve(f)))
                    .as(f)
                    .isEqualTo(Files.readAllBytes(recipe.resolveSibling(f)));
        }
        Run ls = potctl("ls", "-q");
        assertThat(ls.exit()).as(ls.err()).isZero();
        assertThat(ls.out()).doesNotContain("-build-");
        assertThat(Files.readString(host.calls())).doesNotContain("create ");
        try (Stream<Path> files = Files.list(host.host.fsRoot.resolve("jails"))) {
            assertThat(files).isEmpty();
        }
        try (Stream<Path> files = Files.list(remote)) {
            assertThat(files).isEmpty();
        }
    }
}
