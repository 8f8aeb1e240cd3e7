package potconsole.engine.build;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.job.JobContext;

/**
 * The build's phases as the job reports them: each entered through here, which checks for a cancel first and
 * records when it began, so the result can say how long each took.
 */
final class PhaseClock {
    private final JobContext context;
    private final Clock clock;
    private final List<BuildResult.PhaseTime> done = new ArrayList<>();
    private String current;
    private Instant since;

    PhaseClock(JobContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /** Ends the phase before (recording its time) and starts this one; a cancelled job stops here. */
    void enter(String phase) {
        close();
        if (context.isCancelled()) {
            throw new ExecCancelledException("cancelled before " + phase.toLowerCase());
        }
        current = phase;
        since = clock.instant();
        context.phase(phase);
        context.message("");
    }

    /** Starts a phase from inside a running command (pot create reaching its flavours): no cancel check here. */
    void reached(String phase) {
        close();
        current = phase;
        since = clock.instant();
        context.phase(phase);
        context.message("");
    }

    String current() {
        return current == null ? "" : current;
    }

    List<BuildResult.PhaseTime> close() {
        if (current != null) {
            done.add(new BuildResult.PhaseTime(current, Duration.between(since, clock.instant())));
            current = null;
        }
        return List.copyOf(done);
    }
}
