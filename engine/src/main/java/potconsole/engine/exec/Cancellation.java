package potconsole.engine.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-shot cancellation signal shared by a caller and a runner. Runners register what ends their process;
 * registering after cancellation runs the action at once, so there is no window where a cancel is lost.
 */
public final class Cancellation {
    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} on cancel (now, if already cancelled). */
    public void onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return;
            }
        }
        action.run();
    }

    /** Drops a registered action once the work it guards is over. */
    public synchronized void remove(Runnable action) {
        actions.remove(action);
    }
}
