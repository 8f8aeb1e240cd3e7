package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.ExportCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.service.ExportResult;

/**
 * {@code pot export} on the host with progress: phases and compressed bytes on a terminal, one final line otherwise.
 */
@Command(name = "export", description = "Export a single pot's snapshot as an image on its host (pot export).")
final class ExportCmd extends OnePotCmd {
    private static final long POLL_MILLIS = 500;

    @Option(names = "--tag", required = true, description = "Image tag, e.g. 1.0.")
    String tag;

    @Option(names = "--level", description = "xz compression level 0–9 (default 6).")
    Integer level;

    @Option(names = "--dir", description = "Existing directory on the host for the image files.")
    String directory;

    @Option(
            names = {"-A", "--auto-fix"},
            description = "No snapshot: take one. Several: purge all but the newest.")
    boolean autoFix;

    @Option(
            names = {"-F", "--force"},
            description = "Export even with several snapshots (all go into the image).")
    boolean force;

    @Option(
            names = {"-c", "--check-tag"},
            description = "Refuse a tag lower than, or equal to, an earlier export's.")
    boolean checkTag;

    @Option(names = "--sign", description = "signify secret key on the host to sign the .skein with.")
    String signingKey;

    @Override
    public Integer call() throws Exception {
        ExportCommand command = new ExportCommand(
                name,
                Optional.of(tag),
                Optional.ofNullable(directory),
                Optional.ofNullable(level),
                autoFix,
                force,
                checkTag,
                Optional.ofNullable(signingKey),
                false);
        PrintWriter err = spec.commandLine().getErr();
        boolean live = System.console() != null;
        Cancellation cancellation = new Cancellation();
        JobContext context = new JobContext(
                new JobListener() {
                    @Override
                    public void progress(JobProgress progress) {
                        if (live) {
                            err.print("\r\033[K" + progress.phase() + ": " + progress.message()
                                    + (progress.bytesDone() > 0 ? " " + progress.bytesDone() + " bytes" : ""));
                            err.flush();
                        }
                    }
                },
                cancellation);
        // Ctrl-C cancels: pot's pipeline is killed and the partial files removed before the JVM exits.
        Thread main = Thread.currentThread();
        Thread onInterrupt = new Thread(() -> {
            cancellation.cancel();
            try {
                main.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            ExportResult result = root.service().export(command, POLL_MILLIS).run(context);
            if (live) {
                err.println();
            }
            spec.commandLine()
                    .getOut()
                    .println("exported " + name
                            + result.snapshot().map(s -> " @ " + s).orElse("") + " to "
                            + result.file() + " (" + result.compressedBytes() + " bytes"
                            + (result.streamEstimate().isPresent()
                                    ? " from a " + result.streamEstimate().getAsLong() + "-byte stream"
                                    : "")
                            + ")");
            return 0;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // The hook is already running.
            }
        }
    }
}
