package potconsole.engine.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageVerification;
import potconsole.engine.image.ImageVerifier;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.Signify;
import potconsole.engine.image.XzEngine;
import potconsole.engine.image.xz.Liblzma;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.model.Pot;
import potconsole.engine.testkit.SmallDisk;

class WorkstationExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    private static final ImageWriter.Options OPTIONS = new ImageWriter.Options(1, 2, 256 * 1024, Optional.empty());

    @TempDir
    Path dir;

    private final PotService service =
            new PotService(potconsole.engine.sandbox.SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK);
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();

    @Test
    void streamsTheSnapshotHereAndWritesPotsFourFilesThenTagsTheDataset() throws Exception {
        Signify.SecretKey key = Signify.generate();

        ImageWriter.Result result = service.exportToWorkstation(
                        new ImageName("web", "2.0"), dir, OPTIONS.signedWith(key, "pot.pub"), false)
                .run(context(new Cancellation()));

        assertThat(files())
                .containsExactlyInAnyOrder("web_2.0.xz", "web_2.0.xz.meta", "web_2.0.xz.skein", "web_2.0.xz.skein.sig");
        assertThat(Files.readString(dir.resolve("web_2.0.xz.meta"))).isEqualTo("-\n");
        ImageVerification verification = ImageVerifier.verify(result.xz(), Optional.of(key.publicKey()), 2);
        assertThat(verification.passed()).as(verification.checks().toString()).isTrue();
        // Exact progress: every byte of the zfs send -nP estimate arrived and was counted against it.
        JobProgress last = progress.get(progress.size() - 1);
        assertThat(last.bytesDone()).isEqualTo(last.bytesTotal()).isEqualTo(result.streamBytes());
        assertThat(progress)
                .extracting(JobProgress::phase)
                .containsSubsequence(
                        WorkstationExport.SNAPSHOTS,
                        WorkstationExport.ESTIMATE,
                        WorkstationExport.STREAM,
                        WorkstationExport.FINISH);
        Pot web = service.inventory().pots().stream()
                .filter(p -> p.name().equals("web"))
                .findFirst()
                .orElseThrow();
        assertThat(web.imageTag()).contains("2.0");
    }

    @Test
    void aCloneCarriesItsOriginInTheMeta() throws Exception {
        service.execute(potconsole.engine.command.SnapshotCommand.of("web-staging"));

        service.exportToWorkstation(new ImageName("web-staging", "1.0"), dir, OPTIONS, false)
                .run(context(new Cancellation()));

        assertThat(Files.readString(dir.resolve("web-staging_1.0.xz.meta"))).matches("web:1\\.0@\\d+\\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"liblzma", "xz-java"})
    void cancellingMidStreamLeavesNoFile(String engine) {
        int liveStreams = Liblzma.liveStreams();
        Cancellation cancellation = new Cancellation();
        JobContext context = new JobContext(
                new JobListener() {
                    @Override
                    public void progress(JobProgress p) {
                        if (p.bytesDone() > 300_000) {
                            cancellation.cancel();
                        }
                    }
                },
                cancellation);

        ImageWriter.Options options = OPTIONS.withEngine(XzEngine.of(XzEngine.Kind.parse(engine)));

        assertThatThrownBy(() -> service.exportToWorkstation(new ImageName("web", "2.0"), dir, options, false)
                        .run(context))
                .isInstanceOf(ExecCancelledException.class);
        assertThat(files()).isEmpty();
        assertThat(Liblzma.liveStreams()).as("lzma_end called").isEqualTo(liveStreams);
    }

    @Test
    void aDirectoryThatCannotBeWrittenFailsBeforeTheStreamAndLeavesTheHostUntouched() throws Exception {
        Path missing = dir.resolve("gone");

        assertThatThrownBy(() -> service.exportToWorkstation(new ImageName("web", "2.0"), missing, OPTIONS, false)
                        .run(context(new Cancellation())))
                .isInstanceOf(java.io.IOException.class);
        Pot web = service.inventory().pots().stream()
                .filter(p -> p.name().equals("web"))
                .findFirst()
                .orElseThrow();
        assertThat(web.imageTag()).contains("1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"liblzma", "xz-java"})
    void aFullDiskEndsTheExportWithTheReasonAndLeavesNoFileAndNoTag(String engine) throws Exception {
        int liveStreams = Liblzma.liveStreams();
        ImageWriter.Options options = OPTIONS.withEngine(XzEngine.of(XzEngine.Kind.parse(engine)));
        try (SmallDisk disk = SmallDisk.mount(256)) {
            assertThatThrownBy(
                            () -> service.exportToWorkstation(new ImageName("web", "2.0"), disk.path(), options, false)
                                    .run(context(new Cancellation())))
                    .isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("No space left on device");
            try (Stream<Path> left = Files.list(disk.path())) {
                assertThat(left).isEmpty();
            }
        }
        assertThat(Liblzma.liveStreams()).as("lzma_end called").isEqualTo(liveStreams);
        Pot web = service.inventory().pots().stream()
                .filter(p -> p.name().equals("web"))
                .findFirst()
                .orElseThrow();
        assertThat(web.imageTag())
                .as("the dataset is tagged only for a complete image")
                .contains("1.0");
    }

    @Test
    void severalSnapshotsNeedForce() {
        assertThatThrownBy(() -> service.exportToWorkstation(new ImageName("nginx", "1.0"), dir, OPTIONS, false)
                        .run(context(new Cancellation())))
                .hasMessageContaining("has more than 1 snapshot");
        assertThat(files()).isEmpty();
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

    private List<String> files() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
