package potconsole.engine.image.xz;

import com.sun.jna.Native;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * liblzma on this machine, loaded once: the library {@code xz} and pot use. Absent or older than 5.2 (no
 * multi-threaded encoder), {@link #load()} says why, and callers fall back to xz-java.
 */
public final class Liblzma {
    /** 5.2.0: the multi-threaded encoder became stable. */
    static final int MIN_VERSION = 50020002;
    /** 5.4.0: the multi-threaded decoder. */
    static final int MT_DECODER_VERSION = 50040002;

    private static final Logger LOG = System.getLogger(Liblzma.class.getName());
    private static final String[] NAMES = {"lzma", "liblzma.so.5", "liblzma.5.dylib", "liblzma.so"};
    private static final AtomicInteger LIVE_STREAMS = new AtomicInteger();
    private static volatile Loaded loaded;

    final LzmaNative lib;
    private final int version;
    private final String versionString;

    /** The outcome of loading: the library, or why there is none. */
    public record Loaded(Optional<Liblzma> library, String reason) {}

    private Liblzma(LzmaNative lib) {
        this.lib = lib;
        this.version = lib.lzma_version_number();
        this.versionString = lib.lzma_version_string();
    }

    /** The library if it is here and new enough; the first call loads it and logs a fallback's reason. */
    public static Loaded load() {
        Loaded result = loaded;
        if (result == null) {
            synchronized (Liblzma.class) {
                if (loaded == null) {
                    loaded = tryLoad();
                    if (loaded.library().isEmpty()) {
                        LOG.log(Level.INFO, "xz: using xz-java, {0}", loaded.reason());
                    }
                }
                result = loaded;
            }
        }
        return result;
    }

    private static Loaded tryLoad() {
        List<String> failures = new ArrayList<>();
        for (String name : NAMES) {
            try {
                Liblzma lzma = new Liblzma(Native.load(name, LzmaNative.class));
                if (lzma.version < MIN_VERSION) {
                    return new Loaded(
                            Optional.empty(),
                            "liblzma " + lzma.versionString + " is older than 5.2 (no multi-threaded encoder)");
                }
                return new Loaded(Optional.of(lzma), "liblzma " + lzma.versionString);
            } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                failures.add(name + ": " + e.getMessage());
            }
        }
        LOG.log(Level.DEBUG, "liblzma not loaded: {0}", failures);
        return new Loaded(Optional.empty(), "no liblzma found");
    }

    public String version() {
        return versionString;
    }

    public boolean hasMtDecoder() {
        return version >= MT_DECODER_VERSION;
    }

    /** Memory the multi-threaded encoder needs for these options, as liblzma computes it (bytes). */
    public long encoderMemusage(int preset, int threads, long blockSize) {
        return lib.lzma_stream_encoder_mt_memusage(LzmaOptions.encoder(preset, threads, blockSize));
    }

    /** Native streams initialised and not yet ended, in this process. */
    public static int liveStreams() {
        return LIVE_STREAMS.get();
    }

    static void opened() {
        LIVE_STREAMS.incrementAndGet();
    }

    static void ended() {
        LIVE_STREAMS.decrementAndGet();
    }
}
