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
import potconsole.engine.image.XzSummary;

/**
 * Block-parallel xz against xz-utils with the same threads and preset, Skein-1024 against sha256sum, and the deep
 * check against {@code xz -t}, in interleaved rounds on a realistic input (the start of a tar of /usr).
 *
 * <pre>mvn -q -Pbench -pl engine test-compile exec:java -Dbench.main=potconsole.engine.bench.ImageBenchmark
 *     [-Dbench.mb=300] [-Dbench.presets=0,1,6] [-Dbench.rounds=3]</pre>
 */
public final class ImageBenchmark {
    private static final int THREADS = Integer.getInteger("bench.threads", 2);

    private ImageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int megabytes = Integer.getInteger("bench.mb", 96);
        int rounds = Integer.getInteger("bench.rounds", 3);
        String[] presets = System.getProperty("bench.presets", "0,1,6").split(",");
        sampleHeap();
        Path work = Files.createTempDirectory("image-bench");
        Path input = work.resolve("usr.tar");
        sh(work, "tar cf - /usr 2>/dev/null | head -c " + (megabytes * 1_000_000L) + " > usr.tar");
        System.out.printf(
                Locale.ROOT,
                "input: first %d MB of a tar of /usr, %d threads, %d rounds%n",
                megabytes,
                THREADS,
                rounds);

        for (String preset : presets) {
            int level = Integer.parseInt(preset);
            List<Double> xzUtils = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            long xzSize = 0;
            long ourSize = 0;
            for (int round = 0; round < rounds; round++) {
                xzUtils.add(time(() -> sh(work, "xz -T" + THREADS + " -" + level + " -c usr.tar > ref.xz")));
                ours.add(time(() -> compress(input, work.resolve("ours.xz"), level)));
                xzSize = Files.size(work.resolve("ref.xz"));
                ourSize = Files.size(work.resolve("ours.xz"));
            }
            sh(work, "xz -t ours.xz && xz -dc ours.xz | cmp - usr.tar");
            singleThreadCeiling(work, level, rounds);
            double ratio = median(xzUtils) / median(ours);
            System.out.printf(
                    Locale.ROOT,
                    "preset %d: xz -T%d %.2f s (%.1f MB/s), block-parallel %.2f s (%.1f MB/s): %.2fx;"
                            + " size %d vs %d (%+.2f %%); xz -t ok, identical bytes%n",
                    level,
                    THREADS,
                    median(xzUtils),
                    megabytes / median(xzUtils),
                    median(ours),
                    megabytes / median(ours),
                    ratio,
                    xzSize,
                    ourSize,
                    100.0 * (ourSize - xzSize) / xzSize);
        }

        Path image = work.resolve("ours.xz");
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

        List<Double> xzTest = new ArrayList<>();
        List<Double> deep = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            xzTest.add(time(() -> sh(work, "xz -t -T" + THREADS + " ours.xz")));
            deep.add(time(() -> XzSummary.deepCheck(image, THREADS)));
        }
        System.out.printf(
                Locale.ROOT,
                "deep check (%d blocks): xz -t -T%d %.2f s, xz-java on %d threads %.2f s: %.2fx%n",
                XzSummary.read(image).blocks(),
                THREADS,
                median(xzTest),
                THREADS,
                median(deep),
                median(xzTest) / median(deep));
        System.out.printf(
                Locale.ROOT,
                "peak used heap (sampled): %d MiB (max %d MiB)%n",
                peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        sh(work, "rm -rf " + work);
    }

    /**
     * xz-java's own encoder on one thread against {@code xz -T1} on the same input: the most any block-parallel
     * encoder built on it can reach against xz-utils with the same threads.
     */
    private static void singleThreadCeiling(Path work, int level, int rounds) throws Exception {
        List<Double> xzUtils = new ArrayList<>();
        List<Double> java = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            xzUtils.add(time(() -> sh(work, "xz -T1 -" + level + " -c usr.tar > one-ref.xz")));
            java.add(time(() -> {
                try (InputStream in = Files.newInputStream(work.resolve("usr.tar"));
                        OutputStream out = new org.tukaani.xz.XZOutputStream(
                                new BufferedOutputStream(Files.newOutputStream(work.resolve("one.xz")), 1 << 20),
                                new org.tukaani.xz.LZMA2Options(level))) {
                    in.transferTo(out);
                }
            }));
        }
        System.out.printf(
                Locale.ROOT,
                "  ceiling, one thread: xz -T1 %.2f s, xz-java %.2f s: %.2fx%n",
                median(xzUtils),
                median(java),
                median(xzUtils) / median(java));
    }

    private static void compress(Path input, Path output, int level) throws IOException {
        try (InputStream in = Files.newInputStream(input);
                OutputStream out = new ParallelXzOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(output), 1 << 20),
                        level,
                        THREADS,
                        ParallelXzOutputStream.defaultBlockSize(level))) {
            in.transferTo(out);
        }
    }

    private static volatile long peakHeap;

    /** Samples the used heap while the benchmark runs (java.management is not in the engine's module graph). */
    private static long peakHeap() {
        return peakHeap;
    }

    private static void sampleHeap() {
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (true) {
                peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void sh(Path dir, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", script)
                .directory(dir.toFile())
                .inheritIO()
                .start();
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + script);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
