package potconsole.engine.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
import potconsole.engine.command.CreateCommand;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.command.SetEnvCommand;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.command.StopCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.Pot;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** Copy and move between two sandbox hosts: the seeded demo host and a host with only base 13.2. */
class PotCopyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    private static final ImageWriter.Options OPTIONS = new ImageWriter.Options(1, 2, 256 * 1024, Optional.empty());

    private final SandboxHost sourceHost = SandboxHost.demoForTests(CLOCK);
    private final SandboxHost targetHost = SandboxHost.recordedHost(CLOCK);
    private final PotService source = new PotService(sourceHost, Privilege.NONE, CLOCK);
    private final PotService target = new PotService(targetHost, Privilege.NONE, CLOCK);
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();

    @TempDir
    Path keep;

    @Test
    void aCopyArrivesUnderItsNameWithTheSameConfigurationAndLeavesNothingElseBehind() throws Exception {
        Pot web = source.inventory().pot("web").orElseThrow();

        CopyResult result = copy(CopyRequest.of("web")).job().run(context(new Cancellation()));

        HostInventory after = target.inventory();
        Pot copy = after.pot("web").orElseThrow();
        assertThat(copy.cmd()).isEqualTo(web.cmd());
        assertThat(copy.env()).isEqualTo(web.env());
        assertThat(copy.attributes()).isEqualTo(web.attributes());
        assertThat(copy.fscomps()).isEqualTo(web.fscomps());
        assertThat(after.pots()).extracting(Pot::name).containsExactly("base-13_2", "web");
        assertThat(result.differences()).allMatch(CopyCheck.Difference::expected);
        assertThat(cacheFiles()).isEmpty();
        assertThat(source.inventory().pot("web")).isPresent();
        assertThat(progress)
                .extracting(JobProgress::phase)
                .containsSubsequence(PotCopy.PLAN, PotCopy.VERIFY, PotCopy.CHECK, PotCopy.NAME);
        // One bar over the whole: it only moves forward and ends full.
        List<JobProgress> bar =
                progress.stream().filter(p -> p.bytesTotal() > 0).toList();
        assertThat(bar).isSortedAccordingTo((a, b) -> Double.compare(a.fraction(), b.fraction()));
        assertThat(bar.get(bar.size() - 1).bytesDone()).isEqualTo(result.streamBytes() + result.imageBytes() + 259);
    }

    @Test
    void aBridgePotGetsANewIpWhichIsReportedAsPotImportsAndItsDependencyIsNamedFirst() throws Exception {
        // add-dep came after nginx's snapshots: a new one carries it.
        source.execute(new StopCommand("nginx"));
        source.execute(SnapshotCommand.of("nginx"));
        // The target has a bridge pot already, so pot import's next IP differs from the source's.
        target.execute(CreateCommand.single("other", "13.2", NetworkOptions.of(NetworkType.PUBLIC_BRIDGE), List.of()));
        PotCopy copy = copy(CopyRequest.of("nginx"));
        assertThat(copy.plan().notes())
                .anyMatch(n -> n.contains("depends on db") && n.contains("not copied"))
                .anyMatch(n -> n.contains("3 snapshots"))
                .anyMatch(n -> n.contains("public-bridge"));

        CopyResult result = copy.job().run(context(new Cancellation()));

        assertThat(result.differences())
                .filteredOn(d -> d.field().equals("ip"))
                .singleElement()
                .satisfies(d -> assertThat(d.expected()).isTrue());
        assertThat(target.inventory().pot("nginx").orElseThrow().exportedPorts())
                .isEqualTo(source.inventory().pot("nginx").orElseThrow().exportedPorts());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Estimating the stream size",
                "Receiving and compressing here",
                PotCopy.VERIFY,
                "Copying into the host's cache",
                "Fetching and importing",
                PotCopy.CHECK
            })
    void cancellingAtAnyPhaseLeavesTheTargetAsItWasAndKeepsNoImage(String phase) throws Exception {
        HostInventory before = target.inventory();
        Cancellation cancellation = new Cancellation();
        JobContext context = new JobContext(
                new JobListener() {
                    @Override
                    public void progress(JobProgress p) {
                        if (p.phase().equals(phase)) {
                            cancellation.cancel();
                        }
                    }
                },
                cancellation);

        CopyRequest move =
                CopyRequest.of("demo").keepingImageIn(keep).moving(true).snapshottingFirst(true);
        assertThatThrownBy(() -> copy(move).job().run(context)).isInstanceOf(ExecCancelledException.class);

        assertThat(target.inventory().pots()).isEqualTo(before.pots());
        assertThat(cacheFiles()).isEmpty();
        assertThat(source.inventory().pot("demo")).isPresent();
        try (Stream<Path> kept = Files.list(keep)) {
            assertThat(kept).isEmpty();
        }
    }

    @Test
    void aMoveDestroysTheSourceOnlyAfterTheCheckPassed() throws Exception {
        assertThat(copy(CopyRequest.of("web").moving(true)).plan().refusals())
                .anyMatch(r -> r.contains("has clones (web-staging)"));
        assertThat(copy(CopyRequest.of("demo").moving(true)).plan().refusals())
                .anyMatch(r -> r.contains("has no snapshots"));

        CopyResult moved = copy(CopyRequest.of("demo")
                        .moving(true)
                        .named("demo2")
                        .snapshottingFirst(true))
                .job()
                .run(context(new Cancellation()));

        assertThat(moved.sourceDestroyed()).isTrue();
        assertThat(source.inventory().pot("demo")).isEmpty();
        assertThat(target.inventory().pot("demo2")).isPresent();
        assertThat(progress).extracting(JobProgress::phase).containsSubsequence(PotCopy.CHECK, PotCopy.DESTROY);
    }

    @Test
    void aCopyThatDiffersFromItsSourceIsUndone() {
        // Changed after the snapshot: the image carries the old environment.
        source.execute(new SetEnvCommand("web", List.of("EXTRA=1")));

        assertThatThrownBy(() -> copy(CopyRequest.of("web").named("w")).job().run(context(new Cancellation())))
                .hasMessageContaining("differs from web")
                .hasMessageContaining("env");

        assertThat(target.inventory().pots()).extracting(Pot::name).containsExactly("base-13_2");
        assertThat(cacheFiles()).isEmpty();
        assertThat(source.inventory().pot("web")).isPresent();
    }

    @Test
    void refusalsAreSaidBeforeAnythingRuns() {
        assertThat(copy(CopyRequest.of("multi")).plan().refusals())
                .contains("pot multi not supported - only single type pot can be exported");
        assertThat(copy(CopyRequest.of("nginx").moving(true)).plan().refusals())
                .anyMatch(r -> r.contains("stop it before moving"));
        assertThat(copy(CopyRequest.of("web-staging")).plan().refusals()).anyMatch(r -> r.contains("is a clone"));
        assertThat(copy(CopyRequest.of("base-13_2")).plan().allowed()).isFalse();

        assertThatThrownBy(() -> copy(CopyRequest.of("multi")).job().run(context(new Cancellation())))
                .hasMessageContaining("only single type pot can be exported");
        assertThat(progress).extracting(JobProgress::phase).containsOnly(PotCopy.PLAN);
    }

    @Test
    void aTargetWithoutRoomIsRefusedBeforeAnythingIsSentNamingBothFigures() {
        SandboxFaults.of(targetHost).diskFree(3 * 1024 * 1024);
        HostInventory before = target.inventory();

        List<String> refusals = copy(CopyRequest.of("web")).plan().refusals();
        assertThat(refusals)
                .singleElement()
                .asString()
                .contains("not enough room on", "the image needs up to", "/var/cache/pot", "/opt/pot")
                .contains("which has 3.0 MiB free");

        assertThatThrownBy(() -> copy(CopyRequest.of("web")).job().run(context(new Cancellation())))
                .hasMessageContaining("not enough room")
                .hasMessageContaining("3.0 MiB free");
        assertThat(progress).extracting(JobProgress::phase).doesNotContain("Receiving and compressing here");
        assertThat(target.inventory().pots()).isEqualTo(before.pots());
        assertThat(cacheFiles()).isEmpty();
    }

    @Test
    void aTargetThatFillsUpMidwayIsLeftAsItWas() {
        SandboxFaults.of(targetHost).fillsUpAfter(4096);
        HostInventory before = target.inventory();

        assertThatThrownBy(() ->
                        copy(CopyRequest.of("web").keepingImageIn(keep)).job().run(context(new Cancellation())))
                .hasMessageContaining("No space left on device");

        assertThat(progress).extracting(JobProgress::phase).contains("Copying into the host's cache", PotCopy.UNDO);
        assertThat(target.inventory().pots()).isEqualTo(before.pots());
        assertThat(cacheFiles()).isEmpty();
        assertThat(source.inventory().pot("web")).isPresent();
    }

    @Test
    void aKeptImageStaysInItsDirectory() throws Exception {
        copy(CopyRequest.of("web").keepingImageIn(keep)).job().run(context(new Cancellation()));

        try (Stream<Path> kept = Files.list(keep)) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .anyMatch(f -> f.matches("web_\\d+\\.xz"))
                    .anyMatch(f -> f.endsWith(".xz.skein"));
        }
    }

    private PotCopy copy(CopyRequest request) {
        return new PotCopy(source, target, request, OPTIONS, 5);
    }

    private List<String> cacheFiles() {
        try {
            return targetHost.files().orElseThrow().list("/var/cache/pot").stream()
                    .map(HostFiles.Entry::name)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
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
}
