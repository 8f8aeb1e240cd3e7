package potconsole.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.LocalRunner;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.ParallelXzOutputStream;
import potconsole.engine.image.Skein1024;
import potconsole.engine.job.JobContext;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/**
 * End to end at one preset: the console's export to this workstation (the sandbox answers every question, its
 * {@code zfs send -R} is the benchmark's input streamed by a real process, as a transport delivers it; compressing,
 * hashing and writing included) against pot export's own pipeline on the same input ({@code zfs send | xz -T N -P
 * > file}, then Skein-1024 over the .xz and .meta as {@code skein1024 -q} does — this machine has no skein1024, the
 * console's Skein stands in for it).
 */
final class ExportEndToEnd {
    private ExportEndToEnd() {}

    static void run(Path work, Path input, int preset, int threads, int rounds) throws Exception {
        List<Double> pot = new ArrayList<>();
        List<Double> console = new ArrayList<>();
        AtomicReference<ExportPhases> phases = new AtomicReference<>();
        // The sandbox host is set up once, outside the timings: a real host is already there too.
        PotService service = new PotService(streaming(input, phases), Privilege.NONE, Clock.systemUTC());
        // The sandbox answers its first command after loading its classes (2.5 s measured in a first round); a real
        // host is warm. The console's own pipeline stays cold in the first round, as in a fresh potctl.
        service.snapshots("web");
        for (int round = 0; round < rounds; round++) {
            pot.add(ImageBenchmark.time(() -> potExport(work, preset, threads)));
            phases.set(new ExportPhases());
            console.add(ImageBenchmark.time(() -> consoleExport(service, work, input, preset, threads, phases.get())));
            System.out.printf(
                    Locale.ROOT,
                    "  round %d: pot export's pipeline %.2f s, console %.2f s: %s%n",
                    round + 1,
                    pot.get(round),
                    console.get(round),
                    phases.get().summary());
        }
        double ratio = ImageBenchmark.median(console) / ImageBenchmark.median(pot);
        System.out.printf(
                Locale.ROOT,
                "end to end, preset %d, %d MB: pot export's pipeline (cat | xz -T%d, then Skein) %.2f s,"
                        + " console export --to-local (liblzma) %.2f s: %.2fx the time; load average %s%n",
                preset,
                Files.size(input) / 1_000_000,
                threads,
                ImageBenchmark.median(pot),
                ImageBenchmark.median(console),
                ratio,
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void potExport(Path work, int preset, int threads) throws Exception {
        ExportPhases.Cpu before = ExportPhases.Cpu.read();
        double xz = ImageBenchmark.time(() -> ImageBenchmark.sh(
                work, "cat usr.tar | xz -T" + threads + " -" + preset + " > pot.xz && echo - > pot.xz.meta"));
        long skeinStart = System.nanoTime();
        String hash = new Skein1024()
                .update(work.resolve("pot.xz"))
                .update(work.resolve("pot.xz.meta"))
                .hex();
        Files.writeString(work.resolve("pot.xz.skein"), hash + "\n");
        System.out.printf(
                Locale.ROOT,
                "  pot export's pipeline: xz %.2f s (CPU %.2f s), Skein %.2f s%n",
                xz,
                ExportPhases.Cpu.read().minus(before).children(),
                (System.nanoTime() - skeinStart) / 1e9);
    }

    private static void consoleExport(
            PotService service, Path work, Path input, int preset, int threads, ExportPhases phases) throws Exception {
        Path dir = Files.createDirectories(work.resolve("console"));
        ImageWriter.Options options = new ImageWriter.Options(
                preset, threads, ParallelXzOutputStream.defaultBlockSize(preset), Optional.empty());
        ImageWriter.Result result = service.exportToWorkstation(new ImageName("web", "bench"), dir, options, false)
                .run(new JobContext(phases, new Cancellation()));
        if (result.streamBytes() != Files.size(input)) {
            throw new IllegalStateException("the console's export read " + result.streamBytes() + " bytes");
        }
        ImageBenchmark.sh(work, "rm -rf console");
    }

    /** The sandbox host, whose {@code zfs send -R} is the input file streamed by {@code cat}. */
    private static CommandRunner streaming(Path input, AtomicReference<ExportPhases> phases) {
        SandboxHost sandbox = SandboxHost.demoForTests(Clock.systemUTC());
        LocalRunner local = new LocalRunner();
        return new CommandRunner() {
            @Override
            public ExecResult run(ExecRequest request, ExecListener listener) {
                List<String> argv = request.argv();
                if (argv.size() > 2 && argv.subList(0, 3).equals(List.of("zfs", "send", "-R"))) {
                    return local.run(
                            ExecRequest.of("cat", input.toString()).withCancellation(request.cancellation()),
                            phases.get().timing(listener));
                }
                return sandbox.run(request, listener);
            }

            @Override
            public String describe() {
                return "sandbox streaming " + input;
            }
        };
    }
}
