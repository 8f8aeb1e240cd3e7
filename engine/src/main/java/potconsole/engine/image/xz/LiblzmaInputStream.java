package potconsole.engine.image.xz;

import java.io.IOException;
import java.io.InputStream;

/**
 * liblzma's .xz decoder over an input stream: multi-threaded ({@code lzma_stream_decoder_mt}) where liblzma is 5.4 or
 * newer and the file's blocks record their sizes (as xz's and the console's do), else single-threaded. Every block's
 * check is verified; concatenated streams are read as xz reads them.
 */
public final class LiblzmaInputStream extends InputStream {
    /** Beyond this the decoder uses fewer threads rather than more memory. */
    private static final long THREADING_MEMLIMIT = 1L << 30;

    private static final String DOING = "decompressing";

    private final InputStream in;
    private final NativeStream stream;
    private final byte[] input = new byte[NativeStream.BUFFER];
    private final byte[] output = new byte[NativeStream.BUFFER];
    private int position;
    private int available;
    private boolean inputEnded;
    private boolean finished;

    public LiblzmaInputStream(Liblzma liblzma, InputStream in, int threads) throws IOException {
        this(liblzma, in, threads, -1);
    }

    /** @param memlimit bytes the decoder may use at most (-1: no limit); past it, decoding fails */
    public LiblzmaInputStream(Liblzma liblzma, InputStream in, int threads, long memlimit) throws IOException {
        this(liblzma, null, in, threads, memlimit);
    }

    /** @param allocator liblzma's memory; null for its default (malloc) */
    public LiblzmaInputStream(Liblzma liblzma, LzmaAllocator allocator, InputStream in, int threads, long memlimit)
            throws IOException {
        this.in = in;
        this.stream = new NativeStream(
                liblzma,
                allocator,
                "starting the decoder",
                (lib, s) -> liblzma.hasMtDecoder()
                        ? lib.lzma_stream_decoder_mt(
                                s,
                                LzmaOptions.decoder(
                                        Math.max(1, threads),
                                        memlimit < 0 ? THREADING_MEMLIMIT : Math.min(memlimit, THREADING_MEMLIMIT),
                                        memlimit))
                        : lib.lzma_stream_decoder(s, memlimit, LzmaNative.LZMA_CONCATENATED));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == available && !decodeMore()) {
            return -1;
        }
        int count = Math.min(length, available - position);
        System.arraycopy(output, position, bytes, offset, count);
        position += count;
        return count;
    }

    /** Runs the decoder until it produces bytes or the stream ends; false at the end. */
    private boolean decodeMore() throws IOException {
        while (!finished) {
            if (stream.pendingInput() == 0 && !inputEnded) {
                int n = in.read(input);
                if (n < 0) {
                    inputEnded = true;
                } else {
                    stream.feed(input, 0, n);
                }
            }
            finished = stream.code(inputEnded ? LzmaNative.LZMA_FINISH : LzmaNative.LZMA_RUN, DOING)
                    == LzmaNative.LZMA_STREAM_END;
            if (stream.produced() > 0) {
                available = stream.takeOutput(output, 0);
                position = 0;
                return true;
            }
        }
        return false;
    }

    /** Ends the native stream and closes the input. */
    @Override
    public void close() throws IOException {
        stream.end();
        in.close();
    }
}
