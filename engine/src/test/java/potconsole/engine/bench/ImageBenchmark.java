package potconsole.engine.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import potconsole.engine.image.ParallelXzOutputStream;
import potconsole.engine.image.Skein1024;
import potconsole.engine.image.XzEngine;
import potconsole.engine.image.XzSummary;

/**
 * The console's two xz engines — liblzma (through JNA) and block-parallel xz-java — against xz-utils with the same
 * threads and preset, Skein-1024 against sha256sum, the deep check against {@code xz -t}, an export end to end
 * against pot export's pipeline, and the encoder's memory; interleaved rounds on a realistic input (the start of a
 * tar of /usr), medians printed side by side.
 *
 * <pre>mvn -q -Pbench -pl engine test-compile exec:java -Dbench.main=potconsole.engine.bench.ImageBenchmark
 *     [-Dbench.mb=96] [-Dbench.presets=0,1,6] [-Dbench.rounds=3] [-Dbench.threads=2] [-Dbench.e2e=6]
 *     [-Dbench.e2eOnly=true]</pre>
 *
 * ({@code bench.e2e}: the preset of the memory and end-to-end figures; {@code bench.e2eOnly}: only the end to end.)
 */
public final class ImageBenchmark {
    static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final XzEngine LIBLZMA = XzEngine.of(XzEngine.Kind.LIBLZMA);
    private static final XzEngine XZ_JAVA = XzEngine.of(XzEngine.Kind.XZ_JAVA);

    private ImageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int megabytes = Integer.getInteger("bench.mb", 96);
        int rounds = Integer.getInteger("bench.rounds", 3);
        String[] presets = System.getProperty("bench.presets", "0,1,6").split(",");
        Path work = Files.createTempDirectory("image-bench");
        Path input = work.resolve("usr.tar");
        sh(work, "tar cf - /usr 2>/dev/null | head -c " + (megabytes * 1_000_000L) + " > usr.tar");
        System.out.printf(
                Locale.ROOT,
                "input: first %d MB of a tar of /usr, %d threads, %d rounds, %s; load average %s%n",
                megabytes,
                THREADS,
                rounds,
                LIBLZMA.describe(THREADS),
                Files.readString(Path.of("/proc/loadavg")).strip());
        int endToEnd = Integer.getInteger("bench.e2e", 6);
        if (!Boolean.getBoolean("bench.e2eOnly")) {
            for (String preset : presets) {
                compression(work, input, Integer.parseInt(preset), rounds);
            }
            hashing(work, rounds);
            deepCheck(work, rounds);
            MemoryBound.report(work, input, endToEnd, THREADS);
        }
        ExportEndToEnd.run(work, input, endToEnd, THREADS, rounds);
        sh(work, "rm -rf " + work);
    }

    private static void compression(Path work, Path input, int level, int rounds) throws Exception {
        List<Double> xzUtils = new ArrayList<>();
        List<Double> liblzma = new ArrayList<>();
        List<Double> java = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // pot pipes zfs send into xz: stdin from a pipe, as here.
            xzUtils.add(time(() -> sh(work, "cat usr.tar | xz -T" + THREADS + " -" + level + " > ref.xz")));
            liblzma.add(time(() -> compress(LIBLZMA, input, work.resolve("liblzma.xz"), level)));
            java.add(time(() -> compress(XZ_JAVA, input, work.resolve("java.xz"), level)));
        }
        long xzSize = Files.size(work.resolve("ref.xz"));
        sh(work, "xz -t liblzma.xz java.xz && xz -dc java.xz | cmp - usr.tar && xz -dc liblzma.xz | cmp - usr.tar");
        boolean identical = Arrays.equals(
                Files.readAllBytes(work.resolve("ref.xz")), Files.readAllBytes(work.resolve("liblzma.xz")));
        double mb = Files.size(input) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "preset %d: xz -T%d %.2f s (%.1f MB/s) | liblzma %.2f s (%.1f MB/s) %.2fx, size %+.2f %%, %s"
                        + " | xz-java %.2f s (%.1f MB/s) %.2fx, size %+.2f %%; xz -t ok, both decode to the input%n",
                level,
                THREADS,
                median(xzUtils),
                mb / median(xzUtils),
                median(liblzma),
                mb / median(liblzma),
                median(xzUtils) / median(liblzma),
                sizeDiff(work.resolve("liblzma.xz"), xzSize),
                identical ? "bytes identical to xz's" : "BYTES DIFFER from xz's",
                median(java),
                mb / median(java),
                median(xzUtils) / median(java),
                sizeDiff(work.resolve("java.xz"), xzSize));
    }

    private static void hashing(Path work, int rounds) throws Exception {
        sh(work, "for i in 1 2 3 4; do cat usr.tar; done > big");
        List<Double> sha = new ArrayList<>();
        List<Double> skein = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            sha.add(time(() -> sh(work, "sha256sum big > /dev/null")));
            skein.add(time(() -> new Skein1024().update(work.resolve("big")).hex()));
        }
        long bigSize = Files.size(work.resolve("big"));
        System.out.printf(
                Locale.ROOT,
                "hash %d MB: sha256sum %.2f s, Skein-1024 %.2f s (%.0f MB/s): %.2fx%n",
                bigSize / 1_000_000,
                median(sha),
                median(skein),
                bigSize / 1e6 / median(skein),
                median(sha) / median(skein));
        sh(work, "rm big");
    }

    /** On the last preset's liblzma image: xz's own blocks, which xz -t -T decodes in parallel too. */
    private static void deepCheck(Path work, int rounds) throws Exception {
        Path image = work.resolve("liblzma.xz");
        List<Double> xzTest = new ArrayList<>();
        List<Double> liblzma = new ArrayList<>();
        List<Double> java = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            xzTest.add(time(() -> sh(work, "xz -t -T" + THREADS + " liblzma.xz")));
            liblzma.add(time(() -> LIBLZMA.deepCheck(image, THREADS)));
            java.add(time(() -> XZ_JAVA.deepCheck(image, THREADS)));
        }
        System.out.printf(
                Locale.ROOT,
                "deep check (%d blocks): xz -t -T%d %.2f s | liblzma %.2f s %.2fx | xz-java %.2f s %.2fx%n",
                XzSummary.read(image).blocks(),
                THREADS,
                median(xzTest),
                median(liblzma),
                median(xzTest) / median(liblzma),
                median(java),
                median(xzTest) / median(java));
    }

    static void compress(XzEngine engine, Path input, Path output, int level) throws IOException {
        try (InputStream in = Files.newInputStream(input);
                OutputStream out = engine.compressor(
                        new BufferedOutputStream(Files.newOutputStream(output), 1 << 20),
                        level,
                        THREADS,
                        ParallelXzOutputStream.defaultBlockSize(level))) {
            byte[] buffer = new byte[1 << 20];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        }
    }

    private static double sizeDiff(Path file, long reference) throws IOException {
        return 100.0 * (Files.size(file) - reference) / reference;
    }

    static void sh(Path dir, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", script)
                .directory(dir.toFile())
                .inheritIO()
                .start();
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + script);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    static double time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1e9;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
