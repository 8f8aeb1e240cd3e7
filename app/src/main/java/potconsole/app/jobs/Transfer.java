package potconsole.app.jobs;

import java.time.Duration;
import java.util.Locale;

/** Byte progress as a person reads it: amount, rate, and an ETA only when a total is known and the rate is real. */
public final class Transfer {
    private Transfer() {}

    static String describe(long done, long total, Duration elapsed) {
        if (done <= 0 && total <= 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(size(done));
        if (total > 0) {
            sb.append(" of ").append(size(total));
        }
        double seconds = elapsed.toMillis() / 1000.0;
        if (seconds >= 1 && done > 0) {
            double rate = done / seconds;
            sb.append(" · ").append(size((long) rate)).append("/s");
            if (total > done) {
                long left = (long) ((total - done) / rate);
                sb.append(" · about ")
                        .append(left < 90 ? left + " s" : (left + 30) / 60 + " min")
                        .append(" left");
            }
        }
        return sb.toString();
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
