package potconsole.app.fleet;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import potconsole.app.connect.LoopbackSsh;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.Privilege;
import potconsole.engine.fleet.CopyCheck;
import potconsole.engine.fleet.CopyRequest;
import potconsole.engine.fleet.CopyResult;
import potconsole.engine.fleet.PotCopy;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.model.Pot;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;
import potconsole.engine.testkit.FakePotHost;
import potconsole.ssh.testkit.ImportingPotHost;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * Copy and move from the sandbox host to a host behind a real loopback sshd: the target's inventory, free space,
 * cache (SFTP), {@code pot import}, rename, check and undo all go over SSH; the target's pot receives the sandbox's
 * {@code zfs send} stream out of the image the console pushed.
 */
class PotCopySshTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    private static final ImageWriter.Options OPTIONS = new ImageWriter.Options(1, 2, 256 * 1024, Optional.empty());

    @TempDir
    static Path dir;

    private static OpenSshServer server;
    private static ImportingPotHost host;
    private static CommandRunner ssh;

    private final SandboxHost sourceHost = SandboxHost.demoForTests(CLOCK);
    private final PotService source = new PotService(sourceHost, Privilege.NONE, CLOCK);
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();
    private PotService target;

    @BeforeAll
    static void start() {
        OpenSshServer.require();
        host = new ImportingPotHost(dir.resolve("target"));
        server = OpenSshServer.start(dir.resolve("sshd"), host.path());
        ssh = LoopbackSsh.open(server, dir.resolve("hosts.json"));
    }

    @AfterAll
    static void stop() {
        LoopbackSsh.close(ssh);
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void connect() {
        target = new PotService(ssh, Privilege.NONE, CLOCK);
    }

    @AfterEach
    void emptyTheTarget() throws IOException {
        for (Path p : List.of(host.host.fsRoot.resolve("jails"), host.cache)) {
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!f.equals(p)) {
                        Files.delete(f);
                    }
                }
            }
        }
        Files.deleteIfExists(host.host.fakeBin.resolve("df"));
    }

    @Test
    void aCopyArrivesOverSshWithTheSameConfigurationAndNothingElseStays() throws Exception {
        Pot web = source.inventory().pot("web").orElseThrow();

        CopyResult result = copy(CopyRequest.of("web")).job().run(context(new Cancellation()));

        Pot copy = target.inventory().pot("web").orElseThrow();
        assertThat(copy.cmd()).isEqualTo(web.cmd());
        assertThat(copy.env()).isEqualTo(web.env());
        assertThat(copy.attributes()).isEqualTo(web.attributes());
        assertThat(copy.exportedPorts()).isEqualTo(web.exportedPorts());
        assertThat(copy.fscomps()).isEqualTo(web.fscomps());
        assertThat(copy.hostname()).isNotEqualTo(web.hostname());
        assertThat(result.differences()).allMatch(CopyCheck.Difference::expected);
        assertThat(host.jails()).containsExactly("web");
        assertThat(host.cacheFiles()).isEmpty();
        assertThat(source.inventory().pot("web")).isPresent();
        assertThat(progress)
                .extracting(JobProgress::phase)
                .containsSubsequence(
                        PotCopy.ROOM, "Receiving and compressing here", "Copying into the host's cache", PotCopy.CHECK);
    }

    @Test
    void aMoveOverSshDestroysTheSourceAfterTheCheck() throws Exception {
        CopyResult moved = copy(CopyRequest.of("demo")
                        .moving(true)
                        .named("demo2")
                        .snapshottingFirst(true))
                .job()
                .run(context(new Cancellation()));

        assertThat(moved.sourceDestroyed()).isTrue();
        assertThat(source.inventory().pot("demo")).isEmpty();
        assertThat(target.inventory().pot("demo2")).isPresent();
        assertThat(host.jails()).containsExactly("demo2");
        assertThat(host.cacheFiles()).isEmpty();
        assertThat(progress).extracting(JobProgress::phase).containsSubsequence(PotCopy.CHECK, PotCopy.DESTROY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Estimating the stream size",
                "Receiving and compressing here",
                PotCopy.VERIFY,
                "Copying into the host's cache",
                "Fetching and importing",
                PotCopy.CHECK,
                "Naming the copy"
            })
    void cancellingAMoveAtAnyPhaseLeavesTheSshTargetEmptyAndKeepsTheSource(String phase) throws Exception {
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
        CopyRequest move = CopyRequest.of("demo").named("demo2").moving(true).snapshottingFirst(true);

        assertThatThrownBy(() -> copy(move).job().run(context)).isInstanceOf(ExecCancelledException.class);

        assertThat(host.jails()).isEmpty();
        assertThat(host.cacheFiles()).isEmpty();
        assertThat(target.inventory().pots()).isEmpty();
        assertThat(source.inventory().pot("demo")).isPresent();
    }

    @Test
    void aTargetWithoutRoomIsRefusedOverSshNamingBothFigures() throws Exception {
        // A df that says the target's file system has 3 MiB free (4 MiB in all).
        FakePotHost.write(host.host.fakeBin.resolve("df"), """
                #!/bin/sh
                echo 'Filesystem 1024-blocks Used Available Capacity Mounted on'
                for d in "$@"; do case "$d" in -*) ;; *) echo "/dev/small 4096 1024 3072 25% /";; esac; done
                """, true);

        assertThat(copy(CopyRequest.of("web")).plan().refusals())
                .singleElement()
                .asString()
                .contains("not enough room on", host.cache.toString(), host.host.fsRoot.toString())
                .contains("which has 3.0 MiB free");
        assertThatThrownBy(() -> copy(CopyRequest.of("web")).job().run(context(new Cancellation())))
                .hasMessageContaining("not enough room");

        assertThat(progress).extracting(JobProgress::phase).doesNotContain("Receiving and compressing here");
        assertThat(host.jails()).isEmpty();
        assertThat(host.cacheFiles()).isEmpty();
    }

    private PotCopy copy(CopyRequest request) {
        return new PotCopy(source, target, request, OPTIONS, 20);
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
