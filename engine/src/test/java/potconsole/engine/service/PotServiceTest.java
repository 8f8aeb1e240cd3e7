package potconsole.engine.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import potconsole.engine.command.CreateCommand;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.command.SetAttrCommand;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.error.ApplicationFailedException;
import potconsole.engine.error.InvalidStateException;
import potconsole.engine.error.NeedsRootException;
import potconsole.engine.error.PotNotFoundException;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxHost;

class PotServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final PotService demo = new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK);

    @Test
    void readsTheHost() {
        assertThat(demo.version()).isEqualTo("0.16.0");
        assertThat(demo.listPots()).extracting(p -> p.name()).contains("nginx", "web");
        assertThat(demo.info("nginx").exportedPorts()).hasValue(List.of("80:8080", "443"));
        assertThat(demo.isRunning("nginx")).isTrue();
        assertThat(demo.isRunning("web")).isFalse();
        assertThat(demo.ps().running()).containsExactly("db", "nginx");
        assertThat(demo.environment("db")).containsEntry("_POT_BRIDGE", "backend");
        assertThat(demo.inventory().capturedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void failuresAreTyped() {
        assertThatThrownBy(() -> demo.info("nosuch"))
                .isInstanceOf(PotNotFoundException.class)
                .hasMessage("nosuch is not a pot");
        assertThatThrownBy(() -> demo.execute(SnapshotCommand.of("nginx"))).isInstanceOf(InvalidStateException.class);
        PotService readOnly = new PotService(SandboxHost.recordedHostWithoutRoot(CLOCK), Privilege.NONE, CLOCK);
        assertThatThrownBy(() -> readOnly.execute(new SetAttrCommand("base-13_2", Attribute.START_AT_BOOT, "yes")))
                .isInstanceOf(NeedsRootException.class)
                .hasMessageContaining("sudo or doas");
        PotService viaSudo = new PotService(SandboxHost.recordedHostWithoutRoot(CLOCK), Privilege.SUDO, CLOCK);
        viaSudo.execute(new SetAttrCommand("base-13_2", Attribute.START_AT_BOOT, "yes"));
    }

    @Test
    void exit125IsExplainedWithTheLastRunExitCode() {
        JobContext context = JobContext.detached();
        assertThatThrownBy(() -> demo.start("batch").run(context))
                .isInstanceOf(ApplicationFailedException.class)
                .hasMessageStartingWith("batch's command exited with status 3");
    }

    @Test
    void aFailedStartAsksForTheLastRunOnce() {
        CommandRunner sandbox = SandboxHost.demoForTests(CLOCK);
        AtomicInteger lastRunStats = new AtomicInteger();
        CommandRunner counting = new CommandRunner() {
            @Override
            public ExecResult run(ExecRequest request, ExecListener listener) {
                if (request.argv().contains("last-run-stats")) {
                    lastRunStats.incrementAndGet();
                }
                return sandbox.run(request, listener);
            }

            @Override
            public String describe() {
                return sandbox.describe();
            }
        };
        PotService service = new PotService(counting, Privilege.NONE, CLOCK);
        assertThatThrownBy(() -> service.start("batch").run(JobContext.detached()))
                .hasMessageStartingWith("batch's command exited with status 3");
        assertThat(lastRunStats).hasValue(1);
    }

    @Test
    void longCommandsStreamTheirOutputToTheJob() {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        var handle = JobRunner.inline()
                .submit(
                        "create",
                        demo.job(CreateCommand.single(
                                "fresh", "13.2", NetworkOptions.of(NetworkType.PUBLIC_BRIDGE), List.of("demo-nginx"))),
                        new JobListener() {
                            @Override
                            public void output(String line, boolean stderr) {
                                lines.add(line);
                            }
                        });
        assertThat(handle.result()).isCompleted();
        assertThat(handle.context().progress().phase()).startsWith("pot create -p fresh");
        assertThat(lines).contains("===>  Creating a new pot", "===>  Extract the tarball");
        assertThat(demo.inventory().pot("fresh").orElseThrow().state()).isEqualTo(PotState.STOPPED);
    }

    @Test
    void changesAreSerialisedPerHostWhileReadsRunInParallel() throws Exception {
        AtomicInteger inFlightWrites = new AtomicInteger();
        AtomicInteger maxWrites = new AtomicInteger();
        AtomicInteger inFlightReads = new AtomicInteger();
        AtomicInteger maxReads = new AtomicInteger();
        CountDownLatch readsOverlap = new CountDownLatch(2);
        CommandRunner probe = new CommandRunner() {
            @Override
            public ExecResult run(ExecRequest request, ExecListener listener) {
                boolean write = request.argv().get(1).equals("set-attr");
                AtomicInteger counter = write ? inFlightWrites : inFlightReads;
                int now = counter.incrementAndGet();
                (write ? maxWrites : maxReads).accumulateAndGet(now, Math::max);
                try {
                    if (!write) {
                        readsOverlap.countDown();
                        readsOverlap.await(5, TimeUnit.SECONDS);
                    } else {
                        Thread.onSpinWait();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    counter.decrementAndGet();
                }
                return new ExecResult(0, Instant.EPOCH, Duration.ZERO);
            }

            @Override
            public String describe() {
                return "probe";
            }
        };
        PotService service = new PotService(probe, Privilege.NONE, CLOCK);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 40; i++) {
            pool.submit(() -> service.execute(new SetAttrCommand("web", Attribute.PERSISTENT, "no")));
        }
        pool.submit(() -> service.lastRunStats("web"));
        pool.submit(() -> service.lastRunStats("web"));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(maxWrites.get()).isEqualTo(1);
        assertThat(maxReads.get()).isEqualTo(2);
    }
}
