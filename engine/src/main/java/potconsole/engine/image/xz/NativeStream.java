package potconsole.engine.image.xz;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.io.IOException;
import potconsole.engine.image.xz.LzmaNative.LzmaStream;

/**
 * One initialised {@code lzma_stream} with its native input and output buffers: feeds bytes in, hands produced
 * bytes out, and ends exactly once ({@code lzma_end} frees liblzma's threads and memory).
 */
final class NativeStream {
    static final int BUFFER = 1 << 20;

    private final LzmaNative lib;
    private final LzmaStream stream = new LzmaStream();
    private final Memory in = new Memory(BUFFER);
    private final Memory out = new Memory(BUFFER);
    /** Held while the stream lives: liblzma calls into it until {@code lzma_end} returns. */
    private final LzmaAllocator allocator;

    private boolean ended = true;

    interface Init {
        int start(LzmaNative lib, LzmaStream stream);
    }

    /** @param allocator liblzma's memory; null for its default (malloc) */
    NativeStream(Liblzma liblzma, LzmaAllocator allocator, String doing, Init init) throws LzmaException {
        this.lib = liblzma.lib;
        this.allocator = allocator;
        stream.allocator = allocator == null ? Pointer.NULL : allocator.pointer();
        int ret = init.start(lib, stream);
        if (ret != LzmaNative.LZMA_OK) {
            lib.lzma_end(stream);
            release();
            throw new LzmaException(doing, ret);
        }
        ended = false;
        Liblzma.opened();
        resetOutput();
    }

    /** Copies input into the native buffer; only when the previous input is consumed. */
    void feed(byte[] bytes, int offset, int length) {
        in.write(0, bytes, offset, length);
        stream.next_in = in;
        stream.avail_in = new LzmaNative.SizeT(length);
    }

    long pendingInput() {
        return stream.avail_in.longValue();
    }

    /** One {@code lzma_code} call; returns liblzma's code, already checked to be OK or STREAM_END. */
    int code(int action, String doing) throws IOException {
        if (ended) {
            throw new IOException("liblzma " + doing + ": the stream has ended");
        }
        int ret = lib.lzma_code(stream, action);
        if (ret != LzmaNative.LZMA_OK && ret != LzmaNative.LZMA_STREAM_END) {
            throw new LzmaException(doing, ret);
        }
        return ret;
    }

    int produced() {
        return (int) (BUFFER - stream.avail_out.longValue());
    }

    /** Copies what the last calls produced into {@code target}, and offers the whole output buffer again. */
    int takeOutput(byte[] target, int offset) {
        int produced = produced();
        out.read(0, target, offset, produced);
        resetOutput();
        return produced;
    }

    long totalIn() {
        return stream.total_in;
    }

    long totalOut() {
        return stream.total_out;
    }

    /** Ends the native stream and frees the buffers; harmless to repeat. */
    void end() {
        if (ended) {
            return;
        }
        ended = true;
        lib.lzma_end(stream);
        Liblzma.ended();
        release();
    }

    private void resetOutput() {
        stream.next_out = out;
        stream.avail_out = new LzmaNative.SizeT(BUFFER);
    }

    private void release() {
        stream.next_in = Pointer.NULL;
        stream.next_out = Pointer.NULL;
        in.close();
        out.close();
    }
}
