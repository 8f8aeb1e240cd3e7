package potconsole.engine.sandbox;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/** FreeBSD fetch(1) on the simulated host: {@code file://} URLs only, with fetch's progress line. */
final class SandboxFetch {
    private SandboxFetch() {}

    /** FreeBSD fetch(1) into the cache: an already cached file is never fetched again (pot-spec §5.2). */
    static boolean fetch(Ctx c, String from, String to) {
        SandboxState s = c.state();
        if (s.isFile(to)) {
            return true;
        }
        byte[] data = s.hostFiles.get(from);
        if (data == null || from.endsWith("/")) {
            c.out().err("fetch: file://" + from + ": No such file or directory");
            return false;
        }
        // The file grows in the cache while fetch runs, so a console polling its size sees progress.
        int steps = 10;
        for (int i = 1; i <= steps; i++) {
            s.hostFiles.put(to, Arrays.copyOf(data, (int) ((long) data.length * i / steps)));
            c.host().pauseUnlocked(c, Duration.ofMillis(Math.min(200, 5 + data.length / 40_000)));
        }
        long rate = Math.max(1, data.length * 20L);
        c.out()
                .err(String.format(
                        Locale.ROOT,
                        "%-53s%5s %2s %4s %2sps",
                        to,
                        human(data.length)[0],
                        human(data.length)[1],
                        human(rate)[0],
                        human(rate)[1]));
        return true;
    }

    /** fetch(1)'s sizes: bytes below 1000, else kB/MB with no decimals. */
    private static String[] human(long bytes) {
        if (bytes < 1000) {
            return new String[] {String.valueOf(bytes), " B"};
        }
        if (bytes < 1000 * 1024) {
            return new String[] {String.valueOf(bytes / 1024), "kB"};
        }
        return new String[] {String.valueOf(bytes / (1024 * 1024)), "MB"};
    }
}
