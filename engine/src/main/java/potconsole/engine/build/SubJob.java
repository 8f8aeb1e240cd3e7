package potconsole.engine.build;

import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;

/**
 * A context for an engine job the build runs inside one of its phases (the export): the inner job's phases become
 * the phase's message, its bytes and output lines pass through, its cancel is the build's.
 */
final class SubJob implements JobListener {
    private final JobContext parent;

    private SubJob(JobContext parent) {
        this.parent = parent;
    }

    static JobContext of(JobContext parent) {
        return new JobContext(new SubJob(parent), parent.cancellation());
    }

    @Override
    public void progress(JobProgress p) {
        String text = p.message().isEmpty() ? p.phase() : p.phase() + ": " + p.message();
        if (!text.equals(parent.progress().message())) {
            parent.message(text);
        }
        if (p.bytesDone() > 0 || p.bytesTotal() > 0) {
            parent.bytes(p.bytesDone(), p.bytesTotal());
        }
    }

    @Override
    public void output(String line, boolean stderr) {
        parent.output(line, stderr);
    }
}
