package potconsole.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import potconsole.app.connect.LoopbackSsh;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.Privilege;
import potconsole.engine.fleet.CopyRequest;
import potconsole.engine.fleet.PotCopy;
import potconsole.engine.image.DirectoryStore;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;
import potconsole.ssh.testkit.ImportingPotHost;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * Prints the copy figures (not a test): one copy of a pot with {@code bench.mb} MB of data (default 1000) from the
 * sandbox (its {@code zfs send} stream) to a host behind a loopback sshd, against the same done as two commands
 * (export to this workstation, then push-import), in interleaved rounds: wall times, their ratio (goal: at most
 * 1.15x) and the heap's peak during each; the load average before and after, as the machine is shared.
 * Run (no install needed): {@code mvn -o -q -pl engine,ssh-transport,resources,stubs/purejavacomm,app test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test} then {@code java -cp
 * app/target/test-classes:app/target/classes:$(cat app/target/bench.cp) potconsole.app.bench.CopyBenchmark}
 * ({@code -Dbench.mb=N -Dbench.rounds=N -Dbench.preset=N}).
 */
public final class CopyBenchmark {
    private static final long MB = Long.getLong("bench.mb", 1000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    private static final int PRESET = Integer.getInteger("bench.preset", 1);

    private CopyBenchmark() {}

    public static void main(String[] args) throws Exception {
        OpenSshServer.require();
        Path dir = Files.createTempDirectory("potconsole-copy-bench");
        ImportingPotHost host = new ImportingPotHost(dir.resolve("target"));
        String loadBefore = load();
        try (OpenSshServer server = OpenSshServer.start(dir.resolve("sshd"), host.path())) {
            CommandRunner ssh = LoopbackSsh.open(server, dir.resolve("hosts.json"));
            SandboxHost sandbox = SandboxHost.demoForTests(Clock.systemUTC());
            SandboxFaults.of(sandbox).dataSize("web", MB * 1_000_000);
            PotService source = new PotService(sandbox, Privilege.NONE);
            PotService target = new PotService(ssh, Privilege.NONE);
            ImageWriter.Options options = ImageWriter.Options.defaults(PRESET);
            List<double[]> copies = new ArrayList<>();
            List<double[]> separate = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                copies.add(measure(() -> new PotCopy(source, target, CopyRequest.of("web"), options, 500)
                        .job()
                        .run(context())));
                empty(host);
                separate.add(measure(() -> twoCommands(source, target, options, dir.resolve("images"))));
                empty(host);
            }
            report(copies, separate, loadBefore);
        }
    }

    /** {@code potctl export web --to-local DIR}, then {@code potctl import --push}: one after the other. */
    private static void twoCommands(PotService source, PotService target, ImageWriter.Options options, Path images)
            throws Exception {
        Files.createDirectories(images);
        List<String> snapshots = source.snapshots("web");
        ImageName name = new ImageName("web", snapshots.get(snapshots.size() - 1));
        source.exportToWorkstation(name, images, options, true).run(context());
        Registry registry = new Registry(DirectoryStore.local(images));
        RegistryEntry entry = registry.list().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
        target.pushImport(registry, entry, Optional.empty(), 500).run(context());
        deleteTree(images);
    }

    private interface Run {
        void run() throws Exception;
    }

    /** Seconds and the heap's peak in MB while {@code run} ran (sampled every 20 ms after a GC). */
    private static double[] measure(Run run) throws Exception {
        System.gc();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                Runtime r = Runtime.getRuntime();
                peak.accumulateAndGet(r.totalMemory() - r.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        done.set(true);
        sampler.join();
        return new double[] {seconds, peak.get() / 1e6};
    }

    private static void report(List<double[]> copies, List<double[]> separate, String loadBefore) {
        double copy = median(copies, 0);
        double two = median(separate, 0);
        System.out.printf(
                Locale.ROOT,
                "copy of a pot with %d MB of data, sandbox -> loopback sshd, xz preset %d, %d rounds (medians):%n"
                        + "  potctl copy (one job)                 %7.2f s   heap peak %6.0f MB%n"
                        + "  export --to-local + import --push     %7.2f s   heap peak %6.0f MB%n"
                        + "  ratio copy / two commands             %7.2fx  (goal <= 1.15x)%n"
                        + "  load average before: %s   after: %s   (%d cores)%n",
                MB,
                PRESET,
                copies.size(),
                copy,
                median(copies, 1),
                two,
                median(separate, 1),
                copy / two,
                loadBefore,
                load(),
                Runtime.getRuntime().availableProcessors());
    }

    private static double median(List<double[]> runs, int field) {
        double[] values = runs.stream().mapToDouble(r -> r[field]).sorted().toArray();
        return values[values.length / 2];
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The target as it was: no pot, nothing in its cache. */
    private static void empty(ImportingPotHost host) throws IOException {
        for (Path p : List.of(host.host.fsRoot.resolve("jails"), host.cache)) {
            try (Stream<Path> s = Files.list(p)) {
                for (Path child : s.toList()) {
                    deleteTree(child);
                }
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static JobContext context() {
        return new JobContext(new JobListener() {}, new Cancellation());
    }
}
