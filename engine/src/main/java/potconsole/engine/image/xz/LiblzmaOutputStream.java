package potconsole.engine.image.xz;

import java.io.IOException;
import java.io.OutputStream;

/**
 * liblzma's multi-threaded .xz encoder ({@code lzma_stream_encoder_mt}) with the options {@code xz -T N -PRESET}
 * uses, so the bytes equal xz's. liblzma compresses on its own threads; the caller's thread only feeds input and
 * writes (and hashes) output, so writing overlaps compressing. Synchronized: an abort from another thread never
 * frees the stream under a running {@code lzma_code}.
 */
public final class LiblzmaOutputStream extends XzOutput {
    private static final String DOING = "compressing";

    private final OutputStream out;
    private final NativeStream stream;
    private final byte[] chunk = new byte[NativeStream.BUFFER];
    private boolean closed;

    /**
     * @param blockSize uncompressed bytes per block; 0 lets liblzma choose as xz does (3 × dictionary, ≥ 1 MiB)
     */
    public LiblzmaOutputStream(Liblzma liblzma, OutputStream out, int preset, int threads, long blockSize)
            throws IOException {
        this(liblzma, null, out, preset, threads, blockSize);
    }

    /** @param allocator liblzma's memory; null for its default (malloc) */
    public LiblzmaOutputStream(
            Liblzma liblzma, LzmaAllocator allocator, OutputStream out, int preset, int threads, long blockSize)
            throws IOException {
        if (threads < 1 || blockSize < 0) {
            throw new IllegalArgumentException("threads must be positive and the block size not negative");
        }
        this.out = out;
        LzmaNative.LzmaMt options = LzmaOptions.encoder(preset, threads, blockSize);
        this.stream = new NativeStream(
                liblzma, allocator, "starting the encoder", (lib, s) -> lib.lzma_stream_encoder_mt(s, options));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        int position = offset;
        int remaining = length;
        while (remaining > 0) {
            int count = Math.min(remaining, NativeStream.BUFFER);
            stream.feed(bytes, position, count);
            while (stream.pendingInput() > 0) {
                stream.code(LzmaNative.LZMA_RUN, DOING);
                drain();
            }
            position += count;
            remaining -= count;
        }
    }

    /** Uncompressed bytes liblzma has taken so far. */
    public synchronized long bytesIn() {
        return stream.totalIn();
    }

    /** Finishes the stream (the last blocks, the index, the footer), ends the native stream, closes the target. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            while (stream.code(LzmaNative.LZMA_FINISH, DOING) != LzmaNative.LZMA_STREAM_END) {
                drain();
            }
            drain();
            out.flush();
        } finally {
            stream.end();
            out.close();
        }
    }

    @Override
    public synchronized void abort() throws IOException {
        closed = true;
        stream.end();
        out.close();
    }

    private void drain() throws IOException {
        if (stream.produced() > 0) {
            int produced = stream.takeOutput(chunk, 0);
            out.write(chunk, 0, produced);
        }
    }
}
