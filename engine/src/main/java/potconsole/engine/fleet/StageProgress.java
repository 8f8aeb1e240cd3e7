package potconsole.engine.fleet;

import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;

/**
 * One bar over the whole copy: a stage (the export, the push) runs with its own context, whose bytes are placed after
 * the stages before it ({@code offset}) and before the bytes still to come ({@code rest}; negative: as many as this
 * stage's own, an upper bound for an image that compresses its stream).
 * Phases, messages and output lines pass through unchanged.
 */
final class StageProgress implements JobListener {
    private final JobContext parent;
    private final long offset;
    private final long rest;
    private String phase = "";
    private String message = "";

    private StageProgress(JobContext parent, long offset, long rest) {
        this.parent = parent;
        this.offset = offset;
        this.rest = rest;
    }

    /** A context for a stage whose bytes start at {@code offset} and are followed by {@code rest} more. */
    static JobContext stage(JobContext parent, long offset, long rest) {
        return new JobContext(new StageProgress(parent, offset, rest), parent.cancellation());
    }

    @Override
    public void progress(JobProgress p) {
        if (!p.phase().equals(phase)) {
            phase = p.phase();
            parent.phase(phase);
        }
        if (!p.message().equals(message)) {
            message = p.message();
            parent.message(message);
        }
        if (p.bytesTotal() > 0) {
            long after = rest < 0 ? p.bytesTotal() : rest;
            parent.bytes(offset + Math.min(p.bytesDone(), p.bytesTotal()), offset + p.bytesTotal() + after);
        }
    }

    @Override
    public void output(String line, boolean stderr) {
        parent.output(line, stderr);
    }
}
