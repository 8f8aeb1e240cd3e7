package potconsole.engine.doctor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The last samples of one pot in a fixed ring: the oldest is overwritten, so a chart open for a day holds as much as
 * one open for ten minutes. Not thread-safe: the console adds and reads on the FX thread.
 */
public final class UsageHistory {
    /** Ten minutes at the poller's cadence of one sample every 5 s, with room to spare. */
    public static final int DEFAULT_CAPACITY = 240;

    private final UsageSample[] ring;
    private int next;
    private int size;

    public UsageHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        ring = new UsageSample[capacity];
    }

    public UsageHistory() {
        this(DEFAULT_CAPACITY);
    }

    public void add(UsageSample s) {
        ring[next] = s;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }

    /** Oldest first. */
    public List<UsageSample> samples() {
        List<UsageSample> out = new ArrayList<>(size);
        int start = (next - size + ring.length) % ring.length;
        for (int i = 0; i < size; i++) {
            out.add(ring[(start + i) % ring.length]);
        }
        return out;
    }

    /** The samples no older than {@code window} before {@code now}, oldest first. */
    public List<UsageSample> within(Duration window, Instant now) {
        Instant from = now.minus(window);
        return samples().stream().filter(s -> !s.at().isBefore(from)).toList();
    }

    public void clear() {
        next = 0;
        size = 0;
    }
}
