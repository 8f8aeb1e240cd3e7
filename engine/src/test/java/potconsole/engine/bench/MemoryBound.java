package potconsole.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import potconsole.engine.image.ParallelXzOutputStream;
import potconsole.engine.image.XzEngine;

/**
 * The liblzma encoder's memory at one preset and thread count: liblzma's own figure
 * ({@code lzma_stream_encoder_mt_memusage}) plus the console's buffers, against the resident memory the process
 * gains while compressing the input (sampled from /proc/self/status). liblzma holds a bounded number of blocks per
 * thread whatever the stream's length, so the bound holds for a stream of any size.
 */
final class MemoryBound {
    private MemoryBound() {}

    static void report(Path work, Path input, int preset, int threads) throws Exception {
        XzEngine liblzma = XzEngine.of(XzEngine.Kind.LIBLZMA);
        int blockSize = ParallelXzOutputStream.defaultBlockSize(preset);
        long bound = liblzma.encoderMemory(preset, threads, blockSize);
        long before = residentBytes();
        long[] peak = {before};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peak[0] = Math.max(peak[0], residentBytes());
                    Thread.sleep(20);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        ImageBenchmark.compress(liblzma, input, work.resolve("memory.xz"), preset);
        sampler.interrupt();
        sampler.join();
        System.out.printf(
                Locale.ROOT,
                "memory, preset %d on %d threads (blocks of %d MiB): bound %d MiB (liblzma's memusage + 3 MiB of"
                        + " buffers); resident growth while compressing %d MB: %d MiB (includes the JVM's own"
                        + " buffers); xz-java's bound %d MiB%n",
                preset,
                threads,
                blockSize >> 20,
                bound >> 20,
                Files.size(input) / 1_000_000,
                (peak[0] - before) >> 20,
                XzEngine.of(XzEngine.Kind.XZ_JAVA).encoderMemory(preset, threads, blockSize) >> 20);
    }

    static long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS in /proc/self/status");
    }
}
