package potconsole.engine.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.DirectoryStore;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.parse.ImageOutputs;
import potconsole.engine.sandbox.SandboxHost;

class PushImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    private final SandboxHost host = SandboxHost.demoForTests(CLOCK);
    private final PotService service = new PotService(host, Privilege.NONE, CLOCK);
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();

    @TempDir
    Path workstation;

    /** The sandbox's exported web 1.0, copied into a registry directory on this workstation. */
    private Registry workstationRegistry() throws Exception {
        Registry onHost = new Registry(DirectoryStore.onHost(host.files().orElseThrow(), "/tmp/images"));
        RegistryEntry web = entry(onHost);
        onHost.fetch(web, workstation, HostFiles.Progress.NONE, new Cancellation());
        return new Registry(DirectoryStore.local(workstation));
    }

    @Test
    void theFilesArePushedIntoTheCacheWithExactProgressAndPotImportsThem() throws Exception {
        Registry registry = workstationRegistry();
        long xzBytes = Files.size(workstation.resolve("web_1.0.xz"));

        ImageOutputs.Imported imported = service.pushImport(registry, entry(registry), Optional.empty(), 5)
                .run(context(new Cancellation()));

        assertThat(imported.localName()).isEqualTo("web_1_0");
        assertThat(imported.newIp()).isEmpty();
        assertThat(service.names(potconsole.engine.command.ListCommand.Kind.POTS))
                .contains("web_1_0");
        assertThat(progress).extracting(JobProgress::phase).containsSubsequence(PushImport.PUSH, HostImport.IMPORT);
        long pushed = xzBytes + 257 + 2;
        assertThat(progress)
                .filteredOn(p -> p.phase().equals(PushImport.PUSH) && p.bytesTotal() > 0)
                .last()
                .satisfies(p -> assertThat(p.bytesDone()).isEqualTo(pushed).isEqualTo(p.bytesTotal()));
        try (InputStream cached = host.files().orElseThrow().read("/var/cache/pot/web_1.0.xz")) {
            assertThat(cached.readAllBytes()).isEqualTo(Files.readAllBytes(workstation.resolve("web_1.0.xz")));
        }
    }

    @Test
    void aTamperedPushedImageIsRefusedByPotsHashCheck() throws Exception {
        Registry registry = workstationRegistry();
        byte[] xz = Files.readAllBytes(workstation.resolve("web_1.0.xz"));
        xz[xz.length / 2] ^= 1;
        Files.write(workstation.resolve("web_1.0.xz"), xz);

        assertThatThrownBy(() -> service.pushImport(registry, entry(registry), Optional.empty(), 5)
                        .run(context(new Cancellation())))
                .hasMessageContaining("The image and its hash do not overlap");
        assertThat(service.names(potconsole.engine.command.ListCommand.Kind.POTS))
                .doesNotContain("web_1_0");
    }

    @Test
    void cancellingThePushLeavesNoFileUnderItsNameInTheCache() throws Exception {
        Registry registry = workstationRegistry();
        Cancellation cancellation = new Cancellation();
        JobContext context = new JobContext(
                new JobListener() {
                    @Override
                    public void progress(JobProgress p) {
                        if (p.phase().equals(PushImport.PUSH) && p.bytesDone() > 0) {
                            cancellation.cancel();
                        }
                    }
                },
                cancellation);

        assertThatThrownBy(() -> service.pushImport(registry, entry(registry), Optional.empty(), 5)
                        .run(context))
                .isInstanceOf(ExecCancelledException.class);

        assertThat(run("test", "-f", "/var/cache/pot/web_1.0.xz")).isEqualTo(1);
    }

    private static RegistryEntry entry(Registry registry) throws IOException, InterruptedException {
        return registry.list().stream()
                .filter(e -> e.name().equals(new ImageName("web", "1.0")))
                .findFirst()
                .orElseThrow();
    }

    private JobContext context(Cancellation cancellation) {
        return new JobContext(
                new JobListener() {
                    @Override
                    public void progress(JobProgress p) {
                        progress.add(p);
                    }
                },
                cancellation);
    }

    private int run(String... argv) {
        return host.run(ExecRequest.of(argv), new CapturingListener()).exitCode();
    }
}
