package potconsole.app.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.doctor.HostSampler;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/**
 * Prints the live-usage figures (not a test): 200 running pots on one sandbox host, sampled by the host's one sampler
 * for ten minutes of samples; execs per sample, the sample's wall time, and the redraw of the host overview and of a
 * pot's chart on the FX thread (Monocle, headless), side by side with the 16 ms goal.
 * Run: {@code mvn -q -pl app test-compile exec:java -Dexec.mainClass=potconsole.app.doctor.UsageBenchmark
 * -Dexec.classpathScope=test} after {@code mvn -q install -DskipTests}.
 */
public final class UsageBenchmark {

    private static final int POTS = Integer.getInteger("bench.pots", 200);
    /** Ten minutes at one sample every 5 s. */
    private static final int SAMPLES = Integer.getInteger("bench.samples", 120);

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();

        Clock clock = new Stepping();
        SandboxHost sandbox = SandboxHost.demoForTests(clock);
        SandboxFaults.of(sandbox).racct(true).crowd("busy", POTS - 2);
        AtomicInteger execs = new AtomicInteger();
        CommandRunner counting = new CommandRunner() {
            @Override
            public ExecResult run(ExecRequest request, ExecListener listener) {
                execs.incrementAndGet();
                return sandbox.run(request, listener);
            }

            @Override
            public String describe() {
                return "counting sandbox";
            }
        };
        HostEntry host = new HostEntry("Sandbox", true, new PotService(counting, Privilege.NONE, clock));
        HostPoller poller = new HostPoller(JobRunner.inline(), clock);
        TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), clock, new RecordingDialogs(), poller::refresh);
        AtomicReference<HostUsageSampler> sampler = new AtomicReference<>();
        AtomicReference<HostUsageView> overview = new AtomicReference<>();
        AtomicReference<HostUsageViewModel> overviewModel = new AtomicReference<>();
        AtomicReference<UsageView> potChart = new AtomicReference<>();
        onFx(() -> {
            poller.refresh(host);
            sampler.set(new HostUsageSampler(host, tasks, clock, new NoTicker()));
            UsageViewModel usage = new UsageViewModel(h -> sampler.get());
            usage.potProperty()
                    .set(new PotsViewModel(FXCollections.observableArrayList(host))
                            .allRows().stream()
                                    .filter(r -> r.name().equals("busy100"))
                                    .findFirst());
            overviewModel.set(new HostUsageViewModel(sampler.get()));
            overview.set(new HostUsageView(overviewModel.get()));
            potChart.set(new UsageView(usage));
            Stage stage = new Stage();
            stage.setScene(new Scene(new HBox(overview.get(), potChart.get()), 1600, 1000));
            stage.show();
        });
        int running = HostSampler.running(host.inventory().orElseThrow()).size();

        double[] sampleMs = new double[SAMPLES];
        double[] hostRedraw = new double[SAMPLES];
        double[] potRedraw = new double[SAMPLES];
        double[][] parts = new double[2][SAMPLES];
        double[][] cpu = new double[2][SAMPLES];
        int execsBefore = execs.get();
        for (int i = 0; i < SAMPLES; i++) {
            int at = i;
            // The sampler's tick (inline job runner: the exec runs on this thread too, so it is timed on its own).
            onFx(() -> {
                long t0 = System.nanoTime();
                sampler.get().sample();
                sampleMs[at] = (System.nanoTime() - t0) / 1e6;
            });
            // What the FX thread does for a new sample: the overview's bands (top 8 + others), both charts drawn.
            onFx(() -> {
                long c1 = threadCpuNanos();
                long t1 = System.nanoTime();
                overviewModel.get().update();
                long tu = System.nanoTime();
                overview.get().redraw();
                long td = System.nanoTime();
                overview.get().applyCss();
                overview.get().layout();
                hostRedraw[at] = (System.nanoTime() - t1) / 1e6;
                cpu[0][at] = (threadCpuNanos() - c1) / 1e6;
                parts[0][at] = (tu - t1) / 1e6;
                parts[1][at] = (td - tu) / 1e6;
                long c2 = threadCpuNanos();
                long t2 = System.nanoTime();
                potChart.get().redraw();
                potChart.get().applyCss();
                potChart.get().layout();
                potRedraw[at] = (System.nanoTime() - t2) / 1e6;
                cpu[1][at] = (threadCpuNanos() - c2) / 1e6;
            });
        }
        if (sampler.get().history().pots().size() != running) {
            throw new IllegalStateException(
                    "sampled " + sampler.get().history().pots().size() + " of " + running);
        }
        int execsPerSample = (execs.get() - execsBefore) / SAMPLES;
        print(running, execsPerSample, sampleMs, hostRedraw, potRedraw, sampler.get());
        row("host overview redraw, FX thread CPU time, ms", Arrays.copyOfRange(cpu[0], 1, SAMPLES));
        row("pot chart redraw, FX thread CPU time, ms", Arrays.copyOfRange(cpu[1], 1, SAMPLES));
        row("  of which the bands (top 7 + others), ms", Arrays.copyOfRange(parts[0], 1, SAMPLES));
        row("  of which the series' points set, ms", Arrays.copyOfRange(parts[1], 1, SAMPLES));
        Platform.exit();
    }

    private static void print(
            int running, int execsPerSample, double[] sampleMs, double[] host, double[] pot, HostUsageSampler s) {
        System.out.printf(
                Locale.ROOT, "running pots sampled: %d; execs per sample: %d (goal 1)%n", running, execsPerSample);
        System.out.printf(
                Locale.ROOT,
                "samples in the 10-minute window: %d; %s%n",
                SAMPLES,
                s.statusProperty().get());
        System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s%n", "", "median", "p90", "max");
        row("one sample of every pot (sandbox exec + apply), ms", sampleMs);
        row("host overview redraw on the FX thread, ms", Arrays.copyOfRange(host, 1, host.length));
        row("pot chart redraw on the FX thread, ms", Arrays.copyOfRange(pot, 1, pot.length));
        System.out.println("goal: redraw <= 16 ms (one frame at 60 Hz)");
    }

    private static void row(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-44s %8.2f %8.2f %8.2f%n",
                what,
                sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)],
                sorted[sorted.length - 1]);
    }

    /**
     * CPU time of the calling thread (Linux schedstat, nanoseconds): on a machine other work loads, wall time mostly
     * measures the wait for a core.
     */
    private static long threadCpuNanos() {
        try {
            return Long.parseLong(
                    Files.readString(Path.of("/proc/thread-self/schedstat")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** The benchmark drives the sampler itself. */
    private static final class NoTicker implements Ticker {
        @Override
        public void start(Runnable tick) {}

        @Override
        public void stop() {}
    }

    /** Five seconds later at each reading, as a real sampler's samples are. */
    private static final class Stepping extends Clock {
        private Instant now = Instant.parse("2026-11-22T20:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(5);
            return now;
        }
    }
}
