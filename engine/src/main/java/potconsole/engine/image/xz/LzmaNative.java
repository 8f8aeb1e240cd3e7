package potconsole.engine.image.xz;

import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * The handful of liblzma functions and structs the console uses, bound by hand (layouts from lzma/base.h and
 * lzma/container.h of xz 5.4; the reserved fields keep each struct the size the library expects). Functions are
 * resolved on first call, so a library without the multi-threaded decoder still loads.
 */
public interface LzmaNative extends Library {
    int LZMA_OK = 0;
    int LZMA_STREAM_END = 1;
    int LZMA_MEM_ERROR = 5;
    int LZMA_MEMLIMIT_ERROR = 6;
    int LZMA_RUN = 0;
    int LZMA_FINISH = 3;
    int LZMA_CHECK_CRC64 = 4;
    int LZMA_CONCATENATED = 0x08;

    int lzma_stream_encoder_mt(LzmaStream strm, LzmaMt options);

    long lzma_stream_encoder_mt_memusage(LzmaMt options);

    int lzma_stream_decoder_mt(LzmaStream strm, LzmaMt options);

    int lzma_stream_decoder(LzmaStream strm, long memlimit, int flags);

    int lzma_code(LzmaStream strm, int action);

    void lzma_end(LzmaStream strm);

    String lzma_version_string();

    int lzma_version_number();

    /** C's {@code size_t}: pointer-sized, unsigned. */
    final class SizeT extends IntegerType {
        private static final long serialVersionUID = 1L;

        public SizeT() {
            this(0);
        }

        public SizeT(long value) {
            super(Native.SIZE_T_SIZE, value, true);
        }
    }

    /** {@code lzma_stream}; zeroed it is {@code LZMA_STREAM_INIT}. */
    @FieldOrder({
        "next_in",
        "avail_in",
        "total_in",
        "next_out",
        "avail_out",
        "total_out",
        "allocator",
        "internal",
        "reserved_ptr1",
        "reserved_ptr2",
        "reserved_ptr3",
        "reserved_ptr4",
        "seek_pos",
        "reserved_int2",
        "reserved_int3",
        "reserved_int4",
        "reserved_enum1",
        "reserved_enum2"
    })
    class LzmaStream extends Structure {
        public Pointer next_in;
        public SizeT avail_in = new SizeT();
        public long total_in;
        public Pointer next_out;
        public SizeT avail_out = new SizeT();
        public long total_out;
        public Pointer allocator;
        public Pointer internal;
        public Pointer reserved_ptr1;
        public Pointer reserved_ptr2;
        public Pointer reserved_ptr3;
        public Pointer reserved_ptr4;
        public long seek_pos;
        public long reserved_int2;
        public SizeT reserved_int3 = new SizeT();
        public SizeT reserved_int4 = new SizeT();
        public int reserved_enum1;
        public int reserved_enum2;
    }

    /** {@code lzma_mt}: options of the multi-threaded encoder and (5.4+) decoder. */
    @FieldOrder({
        "flags",
        "threads",
        "block_size",
        "timeout",
        "preset",
        "filters",
        "check",
        "reserved_enum1",
        "reserved_enum2",
        "reserved_enum3",
        "reserved_int1",
        "reserved_int2",
        "reserved_int3",
        "reserved_int4",
        "memlimit_threading",
        "memlimit_stop",
        "reserved_int7",
        "reserved_int8",
        "reserved_ptr1",
        "reserved_ptr2",
        "reserved_ptr3",
        "reserved_ptr4"
    })
    class LzmaMt extends Structure {
        public int flags;
        public int threads;
        public long block_size;
        public int timeout;
        public int preset;
        public Pointer filters;
        public int check;
        public int reserved_enum1;
        public int reserved_enum2;
        public int reserved_enum3;
        public int reserved_int1;
        public int reserved_int2;
        public int reserved_int3;
        public int reserved_int4;
        public long memlimit_threading;
        public long memlimit_stop;
        public long reserved_int7;
        public long reserved_int8;
        public Pointer reserved_ptr1;
        public Pointer reserved_ptr2;
        public Pointer reserved_ptr3;
        public Pointer reserved_ptr4;
    }
}
