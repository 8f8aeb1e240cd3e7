package potconsole.app.testkit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition of a flow under test, and says which one when it never held. */
public final class FxWait {
    private static final Duration DEFAULT = Duration.ofSeconds(30);

    private FxWait() {}

    /** Waits up to 30 s until {@code condition} holds; else fails with "timed out waiting until {@code what}". */
    public static void until(String what, BooleanSupplier condition) throws Exception {
        until(what, DEFAULT, condition);
    }

    public static void until(String what, Duration limit, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }
}
