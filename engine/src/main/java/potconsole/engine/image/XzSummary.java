package potconsole.engine.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tukaani.xz.SeekableFileInputStream;
import org.tukaani.xz.SeekableXZInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * What an .xz file's index says, read without decompressing (xz-java's {@link SeekableXZInputStream} reads only the
 * stream footers and indexes), and the deep check that decompresses every block and checks its CRC.
 */
public record XzSummary(long compressedSize, long uncompressedSize, int blocks, int streams) {

    /** Reads the index; a truncated or corrupt container fails here with xz-java's reason. */
    public static XzSummary read(Path xz) throws IOException {
        try (SeekableXZInputStream in = new SeekableXZInputStream(new SeekableFileInputStream(xz.toFile()))) {
            return new XzSummary(Files.size(xz), in.length(), in.getBlockCount(), in.getStreamCount());
        }
    }

    /**
     * Decompresses every block on {@code threads} threads, each block checked against its CRC64/CRC32/SHA-256.
     * Returns normally only when every byte decodes and every check matches.
     */
    public static void deepCheck(Path xz, int threads) throws IOException {
        int blocks = read(xz).blocks();
        if (threads <= 1 || blocks <= 1) {
            try (InputStream in = new XZInputStream(Files.newInputStream(xz))) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                results.add(pool.submit(() -> {
                    checkBlocks(xz, first, threads, blocks);
                    return null;
                }));
            }
            for (Future<Void> result : results) {
                result.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("check cancelled");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every {@code stride}-th block from {@code first}, each read to its end so its check is verified. */
    private static void checkBlocks(Path xz, int first, int stride, int blocks) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (SeekableXZInputStream in = new SeekableXZInputStream(new SeekableFileInputStream(xz.toFile()))) {
            for (int block = first; block < blocks; block += stride) {
                in.seekToBlock(block);
                long remaining = in.getBlockSize(block);
                while (remaining > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                    if (n < 0) {
                        throw new IOException("block " + block + " ends early");
                    }
                    remaining -= n;
                }
                // One more byte finishes the block (and verifies its check) before the next one starts.
                in.read();
            }
        }
    }
}
