package potconsole.engine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import potconsole.engine.image.ImageMeta;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.ParallelXzOutputStream;
import potconsole.engine.image.XzEngine;

/**
 * The long memory run: a 2 GiB stream (the first 2 GiB of a tar of /usr, made as it is read: real files' mix of
 * text, code and compressed data) through the workstation export's sink (liblzma, hashing, writing) at preset 6 on 2
 * threads. Every 256 MiB it prints the stated bound (liblzma's {@code lzma_stream_encoder_mt_memusage} plus the
 * console's buffers) beside the resident growth since the start: VmRSS now and VmHWM (the peak; reset through
 * /proc/self/clear_refs first), and the JVM heap's committed growth, which the resident figures include.
 *
 * <pre>MAVEN_OPTS="-Xms1g -Xmx1g -XX:+AlwaysPreTouch" nice mvn -q -o -Pbench -pl engine test-compile exec:java
 *     -Dbench.main=potconsole.engine.bench.MemoryRun [-Dbench.mib=2048] [-Dbench.preset=6] [-Dbench.threads=2]</pre>
 *
 * (The options make the whole heap resident before the start, so the resident growth is the native memory alone;
 * without them the heap's own growth — G1 sizing itself — is in the figure too.)
 */
public final class MemoryRun {
    private static final long MIB = 1 << 20;
    private static final long INTERVAL = 256 * MIB;

    private MemoryRun() {}

    public static void main(String[] args) throws Exception {
        long total = Long.getLong("bench.mib", 2048) * MIB;
        int preset = Integer.getInteger("bench.preset", 6);
        int threads = Integer.getInteger("bench.threads", 2);
        XzEngine liblzma = XzEngine.of(XzEngine.Kind.LIBLZMA);
        int blockSize = ParallelXzOutputStream.defaultBlockSize(preset);
        long bound = liblzma.encoderMemory(preset, threads, blockSize);
        Path work = Files.createTempDirectory("memory-run");
        boolean peakReset = resetPeak();
        System.out.printf(
                Locale.ROOT,
                "memory run: %d MiB of a tar of /usr, preset %d, %s, blocks of %d MiB; bound %d MiB (liblzma's"
                        + " memusage %d MiB + %d MiB of console buffers); VmHWM %s; load average %s%n",
                total / MIB,
                preset,
                liblzma.describe(threads),
                blockSize / MIB,
                bound / MIB,
                (bound - XzEngine.LIBLZMA_BUFFERS) / MIB,
                XzEngine.LIBLZMA_BUFFERS / MIB,
                peakReset ? "reset at the start" : "NOT reset (clear_refs refused): peak since the JVM started",
                Files.readString(Path.of("/proc/loadavg")).strip());
        ImageWriter.Options options =
                new ImageWriter.Options(preset, threads, blockSize, Optional.empty()).withEngine(liblzma);
        Process tar = new ProcessBuilder("sh", "-c", "tar cf - /usr 2>/dev/null | head -c " + total).start();
        try (InputStream in = tar.getInputStream()) {
            stream(in, ImageWriter.open(work, new ImageName("memory", "run"), options), bound);
        } finally {
            tar.destroy();
            ImageBenchmark.sh(work, "rm -rf " + work);
        }
    }

    private static void stream(InputStream in, ImageWriter.Sink sink, long bound) throws IOException {
        Status start = Status.read();
        long startNanos = System.nanoTime();
        byte[] buffer = new byte[64 * 1024]; // as the transports deliver a stream
        long next = INTERVAL;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sink.write(buffer, 0, n);
            if (sink.streamBytes() >= next) {
                print(sink, start, startNanos, bound);
                next += INTERVAL;
            }
        }
        ImageWriter.Result result = sink.finish(ImageMeta.NO_ORIGIN);
        print(sink, start, startNanos, bound);
        System.out.printf(
                Locale.ROOT,
                "done: %d MiB in, %d MiB out (%.1f %%)%n",
                result.streamBytes() / MIB,
                result.compressedBytes() / MIB,
                100.0 * result.compressedBytes() / result.streamBytes());
    }

    private static void print(ImageWriter.Sink sink, Status start, long startNanos, long bound) throws IOException {
        Status now = Status.read();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%5d MiB in, %4d MiB out, %4.0f s (%.1f MB/s): bound %d MiB | resident growth now %d MiB,"
                        + " peak %d MiB | JVM heap committed %+d MiB%n",
                sink.streamBytes() / MIB,
                sink.compressedBytes() / MIB,
                seconds,
                sink.streamBytes() / 1e6 / seconds,
                bound / MIB,
                (now.rss - start.rss) / MIB,
                (now.hwm - start.rss) / MIB,
                (now.heap - start.heap) / MIB);
    }

    /** Writing 5 to clear_refs sets VmHWM back to VmRSS (Linux 4.0+), so the peak is this run's. */
    private static boolean resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private record Status(long rss, long hwm, long heap) {
        static Status read() throws IOException {
            long rss = 0;
            long hwm = 0;
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kib(line);
                } else if (line.startsWith("VmHWM:")) {
                    hwm = kib(line);
                }
            }
            long heap = Runtime.getRuntime().totalMemory();
            return new Status(rss, hwm, heap);
        }

        private static long kib(String line) {
            return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
    }
}
