package potconsole.engine.fleet;

import java.util.ArrayList;
import java.util.List;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;

/**
 * Several pots copied to one host in one job, one after another: each phase is named with its pot ("web (1 of 2):
 * …") and one bar runs over all of them, each pot an equal share. A failure or cancel undoes the copy under way (as
 * {@link PotCopy} does); the copies already checked stay, and the error says which they are.
 */
public final class CopySeries {
    private static final long SHARE = 1L << 20;

    private CopySeries() {}

    /** {@code copies.get(i)} copies {@code pots.get(i)}. */
    public static Job<List<CopyResult>> of(List<String> pots, List<PotCopy> copies) {
        return context -> {
            List<CopyResult> done = new ArrayList<>();
            for (int i = 0; i < copies.size(); i++) {
                String prefix = pots.get(i) + " (" + (i + 1) + " of " + copies.size() + "): ";
                JobContext part = new JobContext(share(context, prefix, i, copies.size()), context.cancellation());
                try {
                    done.add(copies.get(i).job().run(part));
                } catch (ExecCancelledException e) {
                    throw new ExecCancelledException("cancelled at " + pots.get(i) + copied(done));
                } catch (Exception e) {
                    if (done.isEmpty()) {
                        throw e;
                    }
                    throw new IllegalStateException(pots.get(i) + ": " + e.getMessage() + copied(done), e);
                }
            }
            return List.copyOf(done);
        };
    }

    private static String copied(List<CopyResult> done) {
        return done.isEmpty()
                ? ""
                : "; already copied and kept: "
                        + String.join(", ", done.stream().map(CopyResult::copy).toList());
    }

    /** A listener placing one pot's progress at its share of the whole, its phases named with the pot. */
    private static JobListener share(JobContext parent, String prefix, int index, int count) {
        return new JobListener() {
            private String phase = "";
            private String message = "";

            @Override
            public void progress(JobProgress p) {
                if (!p.phase().equals(phase)) {
                    phase = p.phase();
                    parent.phase(prefix + phase);
                }
                if (!p.message().equals(message)) {
                    message = p.message();
                    parent.message(message);
                }
                if (p.bytesTotal() > 0) {
                    parent.bytes((long) ((index + p.fraction()) * SHARE), count * SHARE);
                }
            }

            @Override
            public void output(String line, boolean stderr) {
                parent.output(line, stderr);
            }
        };
    }
}
