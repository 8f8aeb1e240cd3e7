package potconsole.engine.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that moves on by a step at each reading: samples taken one after another are a step apart. */
public final class SteppingClock extends Clock {
    private final Duration step;
    private Instant now;

    public SteppingClock(Instant start, Duration step) {
        this.now = start;
        this.step = step;
    }

    /** Five seconds a reading from 2026-11-22 20:00 UTC: the console's usage sampling cadence. */
    public static SteppingClock fiveSeconds() {
        return new SteppingClock(Instant.parse("2026-11-22T20:00:00Z"), Duration.ofSeconds(5));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(step);
        return now;
    }
}
