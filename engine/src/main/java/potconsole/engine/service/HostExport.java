package potconsole.engine.service;

import java.util.ArrayList;
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
import potconsole.engine.command.ConfigCommand;
import potconsole.engine.command.ExportCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;
import potconsole.engine.parse.ImageOutputs;
import potconsole.engine.parse.PotOutput;
import potconsole.engine.parse.SimpleParsers;

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
    private static final Pattern SIZE = Pattern.compile("size\\s+(\\d+)");

    private final PotService service;
    private final CommandRunner runner;
    private final Privilege privilege;
    private final ExportCommand command;
    private final long pollMillis;

    HostExport(PotService service, CommandRunner runner, Privilege privilege, ExportCommand command, long pollMillis) {
        this.service = service;
        this.runner = runner;
        this.privilege = privilege;
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
        ExecListener watchBanner = new ExecListener() {
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
        CompletableFuture<PotOutput> export = new CompletableFuture<>();
        Thread exporter = new Thread(
                () -> {
                    try {
                        export.complete(service.execute(command, watchBanner, context.cancellation()));
                    } catch (Throwable t) {
                        export.completeExceptionally(t);
                    }
                },
                "pot-export");
        exporter.setDaemon(true);
        exporter.start();

        long written = 0;
        try {
            while (true) {
                try {
                    PotOutput output = export.get(pollMillis, TimeUnit.MILLISECONDS);
                    String finalFile = ImageOutputs.exported(output)
                            .map(ImageOutputs.Exported::file)
                            .orElse(file.get());
                    long size = finalFile == null
                            ? written
                            : sizeOf(finalFile, new Cancellation()).orElse(written);
                    context.bytes(size, size);
                    return new ExportResult(
                            finalFile,
                            ImageOutputs.exported(output).map(ImageOutputs.Exported::snapshot),
                            size,
                            estimate);
                } catch (TimeoutException stillRunning) {
                    if (file.get() != null) {
                        written = sizeOf(file.get(), context.cancellation()).orElse(written);
                        // Compressed bytes cannot be set against the stream size: no total, so no false ETA.
                        context.bytes(written, -1);
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExecCancelledException && file.get() != null) {
                context.phase(CLEANUP);
                removePartialFiles(file.get());
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (ExecCancelledException cancelledWhilePolling) {
            // The export's own runner call ends too; wait for it so the files are no longer written to.
            try {
                export.get();
            } catch (ExecutionException ignored) {
                // It ends cancelled, as asked.
            }
            if (file.get() != null) {
                context.phase(CLEANUP);
                removePartialFiles(file.get());
            }
            throw cancelledWhilePolling;
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
        String zfsRoot = SimpleParsers.configValue(
                service.execute(new ConfigCommand("zfs_root", false)).data());
        String dataset = zfsRoot + "/jails/" + command.pot() + "@" + snapshot;
        CapturingListener out = new CapturingListener(ExecListener.NONE, 10_000);
        ExecResult result = runner.run(rootRequest(cancellation, "zfs", "send", "-nP", "-R", dataset), out);
        if (result.exitCode() != 0) {
            return OptionalLong.empty();
        }
        List<String> lines = new ArrayList<>(out.stdout());
        lines.addAll(out.stderr());
        return lines.stream()
                .map(SIZE::matcher)
                .filter(Matcher::matches)
                .mapToLong(m -> Long.parseLong(m.group(1)))
                .reduce((first, last) -> last);
    }

    private OptionalLong sizeOf(String file, Cancellation cancellation) {
        CapturingListener out = new CapturingListener(ExecListener.NONE, 10);
        ExecResult result = runner.run(rootRequest(cancellation, "stat", "-f", "%z", file), out);
        if (result.exitCode() != 0
                || out.stdout().isEmpty()
                || !out.stdout().get(0).strip().matches("\\d+")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(out.stdout().get(0).strip()));
    }

    private void removePartialFiles(String file) {
        runner.run(
                rootRequest(new Cancellation(), "rm", "-f", file, file + ".meta", file + ".skein", file + ".skein.sig"),
                ExecListener.NONE);
    }

    private ExecRequest rootRequest(Cancellation cancellation, String... argv) {
        return new ExecRequest(List.of(argv), Optional.empty(), new byte[0], true, privilege, cancellation);
    }

    static String progressMessage(OptionalLong estimate) {
        return estimate.isPresent()
                ? Bytes.human(estimate.getAsLong()) + " stream by zfs send -nP"
                : "stream size unknown";
    }
}
