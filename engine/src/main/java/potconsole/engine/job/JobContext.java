package potconsole.engine.job;

import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecListener;

/** What a running job reports through and checks: progress, phase, message, output lines, cancellation. */
public final class JobContext {
    private final JobListener listener;
    private final Cancellation cancellation;
    private JobProgress progress = JobProgress.START;

    public JobContext(JobListener listener, Cancellation cancellation) {
        this.listener = listener;
        this.cancellation = cancellation;
    }

    public static JobContext detached() {
        return new JobContext(JobListener.NONE, new Cancellation());
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    public synchronized void phase(String phase) {
        publish(new JobProgress(
                phase,
                progress.message(),
                progress.unitsDone(),
                progress.unitsTotal(),
                progress.bytesDone(),
                progress.bytesTotal()));
    }

    public synchronized void message(String message) {
        publish(new JobProgress(
                progress.phase(),
                message,
                progress.unitsDone(),
                progress.unitsTotal(),
                progress.bytesDone(),
                progress.bytesTotal()));
    }

    public synchronized void units(long done, long total) {
        publish(new JobProgress(
                progress.phase(), progress.message(), done, total, progress.bytesDone(), progress.bytesTotal()));
    }

    public synchronized void bytes(long done, long total) {
        publish(new JobProgress(
                progress.phase(), progress.message(), progress.unitsDone(), progress.unitsTotal(), done, total));
    }

    public synchronized JobProgress progress() {
        return progress;
    }

    public void output(String line, boolean stderr) {
        listener.output(line, stderr);
    }

    /** An exec listener that forwards a command's lines to this job's output. */
    public ExecListener execListener() {
        return new ExecListener() {
            @Override
            public void stdoutLine(String line) {
                output(line, false);
            }

            @Override
            public void stderrLine(String line) {
                output(line, true);
            }
        };
    }

    private void publish(JobProgress next) {
        progress = next;
        listener.progress(next);
    }
}
