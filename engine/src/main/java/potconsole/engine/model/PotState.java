package potconsole.engine.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What the console shows as a pot's state. pot's own truth is "a jail of that name exists" (§0.2); the status file
 * adds the transitions. {@link #WEDGED} is the state of §0.11: the file says started but the jail is gone, so
 * {@code pot start} refuses until {@code pot stop} has run.
 */
public enum PotState {
    RUNNING,
    STOPPED,
    STARTING,
    STOPPING,
    DOA,
    WEDGED;

    /** Combines the jail check and the status file the way pot's start/stop do. */
    public static PotState of(boolean jailRunning, Optional<StatusFileState> status) {
        if (status.isEmpty()) {
            return jailRunning ? RUNNING : STOPPED;
        }
        return switch (status.get()) {
            case STARTING -> STARTING;
            case STOPPING -> STOPPING;
            case DOA -> DOA;
            case STARTED -> jailRunning ? RUNNING : WEDGED;
            case STOPPED -> jailRunning ? RUNNING : STOPPED;
        };
    }

    public boolean isRunning() {
        return this == RUNNING;
    }

    /** Lower-case label, also usable as a CSS pseudo-class. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
