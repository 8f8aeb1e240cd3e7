package potconsole.engine.job;

/**
 * A snapshot of a job's progress. Totals of -1 mean unknown (the UI shows an indeterminate bar rather than a lie).
 */
public record JobProgress(
        String phase, String message, long unitsDone, long unitsTotal, long bytesDone, long bytesTotal) {
    public static final JobProgress START = new JobProgress("", "", 0, -1, 0, -1);

    /** Fraction done in [0, 1], or -1 when no total is known. */
    public double fraction() {
        if (bytesTotal > 0) {
            return Math.min(1.0, (double) bytesDone / bytesTotal);
        }
        if (unitsTotal > 0) {
            return Math.min(1.0, (double) unitsDone / unitsTotal);
        }
        return -1;
    }
}
