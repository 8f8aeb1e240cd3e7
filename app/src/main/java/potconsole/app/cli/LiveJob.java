package potconsole.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;

/**
 * A long potctl job (export, copy): one progress line that rewrites itself on a terminal, and Ctrl-C that cancels the
 * job and waits for its cleanup (partial files removed, a half copy undone) before the JVM exits.
 */
final class LiveJob {
    /** The job; returns the line printed on stdout when it is done. */
    interface Work {
        String run() throws Exception;
    }

    private LiveJob() {}

    static int run(CommandSpec spec, Cancellation cancellation, boolean live, Duration grace, Work work)
            throws Exception {
        Thread main = Thread.currentThread();
        Thread onInterrupt = new Thread(() -> {
            cancellation.cancel();
            try {
                main.join(grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            String done = work.run();
            if (live) {
                spec.commandLine().getErr().println();
            }
            spec.commandLine().getOut().println(done);
            return 0;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // The hook is already running.
            }
        }
    }

    /** Progress on {@code err} when {@code live}; with {@code echoStderr}, the job's stderr lines too. */
    static JobContext context(Cancellation cancellation, boolean live, PrintWriter err, boolean echoStderr) {
        return new JobContext(
                new JobListener() {
                    @Override
                    public void progress(JobProgress p) {
                        if (live) {
                            err.print("\r\033[K" + progressLine(p));
                            err.flush();
                        }
                    }

                    @Override
                    public void output(String line, boolean stderr) {
                        if (stderr && echoStderr) {
                            err.println((live ? "\r\033[K" : "") + "potctl: " + line);
                        }
                    }
                },
                cancellation);
    }

    static String progressLine(JobProgress p) {
        return p.phase() + ": " + p.message()
                + (p.bytesDone() > 0 ? " " + p.bytesDone() + " bytes" : "")
                + (p.bytesTotal() > 0 ? " of " + p.bytesTotal() + " (" + (int) (100 * p.fraction()) + "%)" : "");
    }
}
