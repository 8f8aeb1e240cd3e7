package potconsole.engine.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parts of a simulated host the doctor reads that pot's own state does not hold: boot time, rctl, pf anchors
 * dropped behind pot's back, bridges taken down, ZFS space, and the faults a test or a newcomer injects through
 * {@link SandboxFaults}.
 */
final class SandboxHostFacts {
    static final long GIB = 1L << 30;

    /** Unset: a week before the host's clock (the demo's pots are three days old). */
    Instant bootTime;

    boolean racct;
    final Set<String> staleStatus = new TreeSet<>();
    final Set<String> droppedRdr = new TreeSet<>();
    final Set<String> downBridges = new TreeSet<>();
    long rootUsed = 6 * GIB;
    long rootAvailable = 34 * GIB;
    /** What the rest of the pool (the system's own datasets) uses besides pot's. */
    long poolOther = 9 * GIB;
    /** Bytes files may still grow by before writes fail as on a full pool though df said more; -1: no limit. */
    long writableBytes = -1;
    /** Advances with every get-rss, so the sampled figures move. */
    long rssTick;

    Instant boot(SandboxState s) {
        return bootTime != null ? bootTime : s.now().minus(Duration.ofDays(7));
    }
}
