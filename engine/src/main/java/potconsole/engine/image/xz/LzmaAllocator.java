package potconsole.engine.image.xz;

import com.sun.jna.Callback;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An {@code lzma_allocator} (lzma/base.h): liblzma takes all its memory through it, on the caller's thread and on its
 * own threads. This one counts what is live and refuses (returns NULL, so liblzma answers {@code LZMA_MEM_ERROR})
 * once a request would take the total allocated past a limit. The console's streams use liblzma's default (malloc);
 * this exists to make liblzma itself fail for real in tests, and to see that ending a stream frees all it took.
 */
public final class LzmaAllocator {
    private final long limit;
    private final AtomicLong allocated = new AtomicLong();
    private final Map<Long, Long> live = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    // Strong references: liblzma holds only the function pointers, so the callbacks must outlive every stream.
    private final Alloc alloc = this::alloc;
    private final Free free = this::free;
    private final Struct struct = new Struct();

    private LzmaAllocator(long limit) {
        this.limit = limit;
        struct.alloc = alloc;
        struct.free = free;
        struct.opaque = Pointer.NULL;
        struct.write();
    }

    /** Never refuses; counts. */
    public static LzmaAllocator counting() {
        return new LzmaAllocator(Long.MAX_VALUE);
    }

    /** Refuses the first request that would take all requests granted so far past {@code bytes}. */
    public static LzmaAllocator failingAfter(long bytes) {
        return new LzmaAllocator(bytes);
    }

    /** Bytes granted so far, freed or not. */
    public long allocatedBytes() {
        return allocated.get();
    }

    /** Bytes granted and not yet freed. */
    public long liveBytes() {
        return live.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Requests refused. */
    public long refusals() {
        return refused.get();
    }

    Pointer pointer() {
        return struct.getPointer();
    }

    private Pointer alloc(Pointer opaque, LzmaNative.SizeT count, LzmaNative.SizeT size) {
        long bytes = count.longValue() * size.longValue();
        if (allocated.addAndGet(bytes) > limit) {
            allocated.addAndGet(-bytes);
            refused.incrementAndGet();
            return Pointer.NULL;
        }
        long address = Native.malloc(Math.max(1, bytes));
        if (address == 0) {
            allocated.addAndGet(-bytes);
            return Pointer.NULL;
        }
        live.put(address, bytes);
        return new Pointer(address);
    }

    private void free(Pointer opaque, Pointer memory) {
        long address = Pointer.nativeValue(memory);
        if (address != 0 && live.remove(address) != null) {
            Native.free(address);
        }
    }

    /** {@code void *(*alloc)(void *opaque, size_t nmemb, size_t size)} */
    public interface Alloc extends Callback {
        Pointer invoke(Pointer opaque, LzmaNative.SizeT count, LzmaNative.SizeT size);
    }

    /** {@code void (*free)(void *opaque, void *ptr)} */
    public interface Free extends Callback {
        void invoke(Pointer opaque, Pointer memory);
    }

    /** {@code lzma_allocator} */
    @FieldOrder({"alloc", "free", "opaque"})
    public static final class Struct extends Structure {
        public Alloc alloc;
        public Free free;
        public Pointer opaque;
    }
}
