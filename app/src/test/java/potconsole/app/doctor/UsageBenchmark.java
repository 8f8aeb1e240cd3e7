package potconsole.app.doctor;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
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
import potconsole.engine.testkit.SteppingClock;

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

        Clock clock = SteppingClock.fiveSeconds();
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
        double[] sampleMs = new double[SAMPLES];
        double[][] wall = new double[2][SAMPLES];
        double[][] cpu = new double[2][SAMPLES];
        AtomicInteger at = new AtomicInteger();
        long[] mark = new long[3]; // sample start; FX redraw start (wall, CPU)
        onFx(() -> {
            poller.refresh(host);
            sampler.set(new HostUsageSampler(host, tasks, clock, new NoTicker()));
            // What a new sample makes the FX thread do, in listener order: the host overview (its model takes the
            // finished bands, its view moves the points), CSS and layout; then the pot's chart the same way.
            sampler.get().revisionProperty().addListener(o -> {
                sampleMs[at.get()] = (System.nanoTime() - mark[0]) / 1e6;
                mark[1] = System.nanoTime();
                mark[2] = threadCpuNanos();
            });
            HostUsageView overview = new HostUsageView(new HostUsageViewModel(sampler.get()));
            sampler.get().revisionProperty().addListener(o -> measured(overview, wall[0], cpu[0], at.get(), mark));
            UsageViewModel usage = new UsageViewModel(h -> sampler.get());
            usage.potProperty()
                    .set(new PotsViewModel(FXCollections.observableArrayList(host))
                            .allRows().stream()
                                    .filter(r -> r.name().equals("busy100"))
                                    .findFirst());
            UsageView potChart = new UsageView(usage);
            sampler.get().revisionProperty().addListener(o -> measured(potChart, wall[1], cpu[1], at.get(), mark));
            Stage stage = new Stage();
            stage.setScene(new Scene(new HBox(overview, potChart), 1600, 1000));
            stage.show();
        });
        int running = HostSampler.running(host.inventory().orElseThrow()).size();

        int execsBefore = execs.get();
        for (int i = 0; i < SAMPLES; i++) {
            at.set(i);
            // The sampler's tick. The job runner is inline: the job (exec, history, the overview's bands) runs on this
            // thread here, before the listeners; in the console it runs on a job thread, so it is timed on its own.
            onFx(() -> {
                mark[0] = System.nanoTime();
                sampler.get().sample();
            });
        }
        if (sampler.get().history().pots().size() != running) {
            throw new IllegalStateException(
                    "sampled " + sampler.get().history().pots().size() + " of " + running);
        }
        int execsPerSample = (execs.get() - execsBefore) / SAMPLES;
        print(running, execsPerSample, sampleMs, wall[0], wall[1], sampler.get());
        row("host overview redraw, FX thread CPU time, ms", Arrays.copyOfRange(cpu[0], 1, SAMPLES));
        row("pot chart redraw, FX thread CPU time, ms", Arrays.copyOfRange(cpu[1], 1, SAMPLES));
        Platform.exit();
    }

    /** Ends one view's redraw (CSS and layout included) and starts the next one's clock. */
    private static void measured(Parent view, double[] wall, double[] cpu, int at, long[] mark) {
        view.applyCss();
        view.layout();
        wall[at] = (System.nanoTime() - mark[1]) / 1e6;
        cpu[at] = (threadCpuNanos() - mark[2]) / 1e6;
        mark[1] = System.nanoTime();
        mark[2] = threadCpuNanos();
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
        row("one sample (exec + history + bands; job thread), ms", sampleMs);
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
     * CPU time of the calling thread (the JVM's thread CPU clock, exact to the nanosecond; the kernel's schedstat only
     * moves at scheduler ticks): on a machine other work loads, wall time mostly measures the wait for a core.
     */
    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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
}
