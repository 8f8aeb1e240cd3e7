package potconsole.engine.service;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.command.ExportCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;
import potconsole.engine.parse.ImageOutputs;
import potconsole.engine.parse.PotOutput;

/**
 * {@code pot export} on the host with the progress pot never shows (pot-spec §5.1): the snapshot situation explained,
 * the stream size from {@code zfs send -nP}, then the compressed file's size polled with {@code stat} through the same
 * transport while pot compresses. Cancelling kills pot's pipeline and removes the partial files; pot's "Export
 * failed" with exit 0 is a failure here.
 */
final class HostExport {
    static final String SNAPSHOTS = "Checking snapshots";
    static final String ESTIMATE = "Estimating the stream size";
    static final String COMPRESS = "Compressing on the host";
    static final String CLEANUP = "Removing partial files";
    private static final Pattern EXPORTING = Pattern.compile(".*exporting \\S+ @ \\S+ to (.+)");

    private final PotService service;
    private final HostShell host;
    private final ExportCommand command;
    private final long pollMillis;
    /** The compressed file's size at the last poll: the result's size when the final one cannot be read. */
    private long polledBytes;

    HostExport(PotService service, CommandRunner runner, Privilege privilege, ExportCommand command, long pollMillis) {
        this.service = service;
        this.host = new HostShell(runner, privilege);
        this.command = command;
        this.pollMillis = pollMillis;
    }

    Job<ExportResult> job() {
        return this::run;
    }

    private ExportResult run(JobContext context) throws Exception {
        context.phase(SNAPSHOTS);
        List<String> snapshots = service.snapshots(command.pot());
        context.message(snapshotPlan(snapshots));

        OptionalLong estimate = OptionalLong.empty();
        if (!snapshots.isEmpty()) {
            context.phase(ESTIMATE);
            estimate = estimate(snapshots.get(snapshots.size() - 1), context.cancellation());
        }

        context.phase(COMPRESS);
        context.message(progressMessage(estimate));
        AtomicReference<String> file =
                new AtomicReference<>(expectedFile(snapshots).orElse(null));
        CompletableFuture<PotOutput> export = InBackground.start(
                "pot-export", () -> service.execute(command, watchBanner(file, context), context.cancellation()));
        try {
            PotOutput output = awaitWithProgress(export, file, context);
            return result(output, file.get(), snapshots, estimate, context);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExecCancelledException) {
                removePartialFiles(file.get(), context);
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (ExecCancelledException cancelledWhilePolling) {
            // The export's own runner call ends too; wait for it so the files are no longer written to.
            try {
                export.get();
            } catch (ExecutionException ignored) {
                // It ends cancelled, as asked.
            }
            removePartialFiles(file.get(), context);
            throw cancelledWhilePolling;
        }
    }

    /** pot's output passed on, and the file name learnt from its "exporting … to FILE" banner. */
    private static ExecListener watchBanner(AtomicReference<String> file, JobContext context) {
        return new ExecListener() {
            @Override
            public void stdoutLine(String line) {
                Matcher m = EXPORTING.matcher(line);
                if (m.matches()) {
                    file.set(m.group(1));
                }
                context.output(line, false);
            }

            @Override
            public void stderrLine(String line) {
                context.output(line, true);
            }
        };
    }

    /** Polls the compressed file's size until pot is done; the last size seen is the progress. */
    private PotOutput awaitWithProgress(
            CompletableFuture<PotOutput> export, AtomicReference<String> file, JobContext context)
            throws ExecutionException, InterruptedException {
        while (true) {
            try {
                return export.get(pollMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                if (file.get() != null) {
                    polledBytes =
                            host.fileSize(file.get(), context.cancellation()).orElse(polledBytes);
                    // Compressed bytes cannot be set against the stream size: no total, so no false ETA.
                    context.bytes(polledBytes, -1);
                }
            }
        }
    }

    private ExportResult result(
            PotOutput output, String banner, List<String> snapshots, OptionalLong estimate, JobContext context) {
        String finalFile =
                ImageOutputs.exported(output).map(ImageOutputs.Exported::file).orElse(banner);
        long size = finalFile == null
                ? polledBytes
                : host.fileSize(finalFile, new Cancellation()).orElse(polledBytes);
        context.bytes(size, size);
        List<String> purged = List.of();
        Optional<String> taken = Optional.empty();
        if (command.autoFixSnapshots() && snapshots.size() != 1) {
            // -A changes the pot's snapshots silently: what it did is read back from the host.
            List<String> after = service.snapshots(command.pot());
            purged = snapshots.stream().filter(s -> !after.contains(s)).toList();
            taken = snapshots.isEmpty() && !after.isEmpty()
                    ? Optional.of(after.get(after.size() - 1))
                    : Optional.empty();
        }
        ExportResult result = new ExportResult(
                finalFile,
                ImageOutputs.exported(output).map(ImageOutputs.Exported::snapshot),
                size,
                estimate,
                purged,
                taken);
        if (!result.snapshotChanges().isEmpty()) {
            context.message(result.snapshotChanges());
        }
        return result;
    }

    private void removePartialFiles(String file, JobContext context) {
        if (file != null) {
            context.phase(CLEANUP);
            host.removeImageFiles(file);
        }
    }

    String snapshotPlan(List<String> snapshots) {
        return ExportPlan.describe(snapshots, command.autoFixSnapshots(), command.force());
    }

    private Optional<String> expectedFile(List<String> snapshots) {
        if (command.tag().isEmpty() && snapshots.isEmpty()) {
            return Optional.empty();
        }
        String tag = command.tag().orElseGet(() -> snapshots.get(snapshots.size() - 1));
        String dir = command.directory().orElse(".").replaceAll("/$", "");
        return dir.startsWith("/") ? Optional.of(dir + "/" + command.pot() + "_" + tag + ".xz") : Optional.empty();
    }

    private OptionalLong estimate(String snapshot, Cancellation cancellation) {
        return host.sendSize(service.jailDataset(command.pot()) + "@" + snapshot, cancellation);
    }

    static String progressMessage(OptionalLong estimate) {
        return estimate.isPresent()
                ? Bytes.human(estimate.getAsLong()) + " stream by zfs send -nP"
                : "stream size unknown";
    }
}
