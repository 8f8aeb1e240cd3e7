package potconsole.engine.image.xz;

import potconsole.engine.image.xz.LzmaNative.LzmaMt;

/** {@code lzma_mt} filled as {@code xz -T N -PRESET} fills it (CRC64, no timeout). */
final class LzmaOptions {
    private LzmaOptions() {}

    static LzmaMt encoder(int preset, int threads, long blockSize) {
        if (preset < 0 || preset > 9) {
            throw new IllegalArgumentException("compression level must be 0–9, not " + preset);
        }
        LzmaMt mt = new LzmaMt();
        mt.threads = threads;
        mt.block_size = blockSize;
        mt.preset = preset;
        mt.check = LzmaNative.LZMA_CHECK_CRC64;
        return mt;
    }

    /**
     * The 5.4 decoder: parallel while its buffers fit {@code memlimitThreading} (one thread beyond it), failing with
     * {@code LZMA_MEMLIMIT_ERROR} past {@code memlimitStop} (-1: no limit, C's UINT64_MAX).
     */
    static LzmaMt decoder(int threads, long memlimitThreading, long memlimitStop) {
        LzmaMt mt = new LzmaMt();
        mt.flags = LzmaNative.LZMA_CONCATENATED;
        mt.threads = threads;
        mt.memlimit_threading = memlimitThreading;
        mt.memlimit_stop = memlimitStop;
        return mt;
    }
}
