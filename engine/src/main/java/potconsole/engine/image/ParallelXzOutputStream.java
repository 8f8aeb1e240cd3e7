package potconsole.engine.image;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZOutputStream;
import potconsole.engine.image.xz.XzOutput;

/**
 * Writes one standard multi-block .xz stream (CRC64 checks), compressing fixed-size blocks with xz-java's LZMA2 on
 * several threads at once, as {@code xz -T} does. A block starts compressing with its first bytes, while the caller is
 * still filling it (no core waits for a whole block to be read), earlier blocks compress meanwhile, and finished
 * blocks are written in order as soon as they are ready. Memory is bounded: at most {@code threads + 2} input blocks
 * exist at any time.
 */
public final class ParallelXzOutputStream extends XzOutput {
    private final OutputStream out;
    private final LZMA2Options options;
    private final ExecutorService workers;
    private final BlockingQueue<byte[]> freeBuffers;
    private final ArrayDeque<Future<CompressedBlock>> inFlight = new ArrayDeque<>();
    private final List<XzFormat.BlockRecord> records = new ArrayList<>();
    private final ArrayCache cache = BasicArrayCache.getInstance();
    private final int maxInFlight;
    private byte[] current;
    private int filled;
    /** The block being filled, once its first bytes are in (its compression has started then). */
    private BlockInput started;

    private boolean closed;

    /** A block's input as the caller fills it: the worker compresses what is there and waits for more. */
    private static final class BlockInput {
        private final byte[] data;
        private int available;
        private boolean complete;

        BlockInput(byte[] data) {
            this.data = data;
        }

        synchronized void advance(int filled) {
            available = filled;
            notifyAll();
        }

        synchronized void complete(int filled) {
            available = filled;
            complete = true;
            notifyAll();
        }

        /** Waits until more than {@code consumed} bytes are there, or the block is complete; returns the count. */
        synchronized int await(int consumed) throws InterruptedException {
            while (available == consumed && !complete) {
                wait();
            }
            return available;
        }
    }

    /** A compressed single-block stream and where its block lies inside it. */
    private record CompressedBlock(byte[] stream, XzFormat.SingleBlock block) {}

    /**
     * @param preset xz preset 0–9
     * @param threads compressing threads (≥ 1)
     * @param blockSize uncompressed bytes per block; {@link #defaultBlockSize(int)} matches xz-utils
     */
    public ParallelXzOutputStream(OutputStream out, int preset, int threads, int blockSize) throws IOException {
        if (threads < 1 || blockSize < 1) {
            throw new IllegalArgumentException("threads and block size must be positive");
        }
        this.out = out;
        try {
            this.options = new LZMA2Options(preset);
        } catch (UnsupportedOptionsException e) {
            throw new IllegalArgumentException("compression level must be 0–9, not " + preset, e);
        }
        this.maxInFlight = threads + 1;
        this.freeBuffers = new ArrayBlockingQueue<>(threads + 2);
        for (int i = 0; i < threads + 2; i++) {
            freeBuffers.add(new byte[0]);
        }
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "xz-block");
            thread.setDaemon(true);
            return thread;
        });
        out.write(XzFormat.streamHeader(XzFormat.CHECK_CRC64));
        current = takeBuffer(blockSize);
    }

    /** xz-utils' choice for {@code -T}: three times the dictionary, at least 1 MiB. */
    public static int defaultBlockSize(int preset) {
        try {
            return Math.max(3 * new LZMA2Options(preset).getDictSize(), 1 << 20);
        } catch (UnsupportedOptionsException e) {
            throw new IllegalArgumentException("compression level must be 0–9, not " + preset, e);
        }
    }

    /**
     * The most this encoder holds (bytes): its {@code threads + 2} input blocks, and per compressing thread the LZMA2
     * encoder's window and a compressed block (at most a little over the block for incompressible input).
     */
    static long memoryBound(int preset, int threads, int blockSize) {
        try {
            long encoder = new LZMA2Options(preset).getEncoderMemoryUsage() * 1024L;
            return (threads + 2L) * blockSize + threads * (encoder + blockSize + (blockSize >> 4) + 65536);
        } catch (UnsupportedOptionsException e) {
            throw new IllegalArgumentException("compression level must be 0–9, not " + preset, e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        ensureOpen();
        int position = offset;
        int remaining = length;
        while (remaining > 0) {
            int count = Math.min(remaining, current.length - filled);
            System.arraycopy(bytes, position, current, filled, count);
            filled += count;
            position += count;
            remaining -= count;
            if (started == null) {
                startCurrent();
            }
            started.advance(filled);
            if (filled == current.length) {
                completeCurrent();
                current = takeBuffer(current.length);
            }
        }
    }

    /** Compresses what is left, writes every block, the index and the footer; closes the target. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (started != null) {
                completeCurrent();
            }
            while (!inFlight.isEmpty()) {
                writeHead();
            }
            XzFormat.writeIndexAndFooter(out, records, XzFormat.CHECK_CRC64);
            out.flush();
        } finally {
            closed = true;
            workers.shutdownNow();
            out.close();
        }
    }

    /** Stops compressing and drops everything not yet written; the target is closed, its content incomplete. */
    @Override
    public void abort() throws IOException {
        closed = true;
        inFlight.forEach(future -> future.cancel(true));
        workers.shutdownNow();
        out.close();
    }

    /** Hands the block to a worker with its first bytes; the worker follows the caller's writes. */
    private void startCurrent() throws IOException {
        BlockInput input = new BlockInput(current);
        started = input;
        inFlight.add(workers.submit(() -> compress(input)));
        while (inFlight.size() > maxInFlight) {
            writeHead();
        }
    }

    private void completeCurrent() throws IOException {
        started.complete(filled);
        started = null;
        filled = 0;
        while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
            writeHead();
        }
    }

    private CompressedBlock compress(BlockInput input) throws IOException {
        try {
            GrowableBuffer buffer = new GrowableBuffer(input.data.length / 4 + 4096);
            try (XZOutputStream xz = new XZOutputStream(buffer, options, XZ.CHECK_CRC64, cache)) {
                int consumed = 0;
                while (true) {
                    int available = input.await(consumed);
                    if (available == consumed) {
                        break;
                    }
                    xz.write(input.data, consumed, available - consumed);
                    consumed = available;
                }
            }
            return new CompressedBlock(buffer.bytes(), XzFormat.splitSingleBlockStream(buffer.bytes(), buffer.size()));
        } catch (InterruptedException e) {
            throw new InterruptedIOException("compression cancelled");
        } finally {
            freeBuffers.add(input.data);
        }
    }

    private void writeHead() throws IOException {
        CompressedBlock done;
        try {
            done = inFlight.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("compression interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("xz block failed", e.getCause());
        }
        out.write(done.stream(), done.block().offset(), done.block().length());
        records.add(done.block().record());
    }

    private byte[] takeBuffer(int size) throws IOException {
        try {
            byte[] buffer = freeBuffers.take();
            return buffer.length == size ? buffer : new byte[size];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("compression interrupted");
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
    }

    /** A ByteArrayOutputStream that hands out its array instead of copying it. */
    private static final class GrowableBuffer extends OutputStream {
        private byte[] bytes;
        private int size;

        GrowableBuffer(int initialCapacity) {
            bytes = new byte[initialCapacity];
        }

        @Override
        public void write(int b) {
            ensureCapacity(size + 1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            ensureCapacity(size + length);
            System.arraycopy(source, offset, bytes, size, length);
            size += length;
        }

        private void ensureCapacity(int needed) {
            if (needed > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
            }
        }

        byte[] bytes() {
            return bytes;
        }

        int size() {
            return size;
        }
    }
}
