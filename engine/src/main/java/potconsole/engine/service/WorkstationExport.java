package potconsole.engine.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.ImageMeta;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;

/**
 * Export to this workstation: {@code zfs send -R} of the pot's snapshot streams over the host's transport and is
 * compressed here (liblzma, or xz-java where there is none: the options' engine), so the production host spends no
 * CPU on it. The files are exactly pot's (pot-spec §5.1): {@code .xz}, {@code .meta} from the clone origin,
 * {@code .skein}, optional {@code .skein.sig}; afterwards {@code :pot.tag} and {@code :pot.snap} are set on the
 * dataset as pot does. Progress is exact: bytes received against the {@code zfs send -nP} size.
 */
final class WorkstationExport {
    static final String SNAPSHOTS = "Checking snapshots";
    static final String LINEAGE = "Reading the clone origin";
    static final String ESTIMATE = "Estimating the stream size";
    static final String STREAM = "Receiving and compressing here";
    static final String FINISH = "Hashing, signing and tagging";

    private final PotService service;
    private final HostShell host;
    private final String pot;
    private final String tag;
    private final Path directory;
    private final ImageWriter.Options options;
    private final boolean force;

    WorkstationExport(
            PotService service,
            CommandRunner runner,
            Privilege privilege,
            ImageName name,
            Path directory,
            ImageWriter.Options options,
            boolean force) {
        this.service = service;
        this.host = new HostShell(runner, privilege);
        this.pot = name.pot();
        this.tag = name.tag();
        this.directory = directory;
        this.options = options;
        this.force = force;
    }

    Job<ImageWriter.Result> job() {
        return this::run;
    }

    private ImageWriter.Result run(JobContext context) throws Exception {
        context.phase(SNAPSHOTS);
        String snapshot = exportedSnapshot(context);
        String dataset = service.jailDataset(pot);

        context.phase(LINEAGE);
        ImageMeta meta = meta(dataset, context.cancellation());

        context.phase(ESTIMATE);
        OptionalLong estimate = host.sendSize(dataset + "@" + snapshot, context.cancellation());

        context.phase(STREAM);
        context.message("compressing with " + options.engineLine());
        ImageWriter.Sink sink = ImageWriter.open(directory, new ImageName(pot, tag), options);
        Receiver receiver = new Receiver(sink, context, estimate.orElse(-1));
        try {
            receive(dataset + "@" + snapshot, receiver);
            context.phase(FINISH);
            ImageWriter.Result written = sink.finish(meta);
            setProperty(dataset, ":pot.tag=" + tag);
            setProperty(dataset, ":pot.snap=" + snapshot);
            context.bytes(written.streamBytes(), written.streamBytes());
            context.message(written.xz() + ": " + written.compressedBytes() + " bytes from a " + written.streamBytes()
                    + "-byte stream");
            return written;
        } catch (ExecCancelledException e) {
            sink.abort();
            throw receiver.writeFailure != null ? receiver.writeFailure : e;
        } catch (Exception e) {
            sink.abort();
            throw e;
        }
    }

    /** The newest snapshot, after pot's checks: none is an error, several need {@code force}. */
    private String exportedSnapshot(JobContext context) {
        List<String> snapshots = service.snapshots(pot);
        if (snapshots.isEmpty()) {
            throw new IllegalStateException("Pot " + pot + " has no snapshots - please use pot snapshot for that");
        }
        if (snapshots.size() > 1 && !force) {
            throw new IllegalStateException(
                    "Pot " + pot + " has more than 1 snapshot - purge the old ones or force exporting them all");
        }
        context.message(ExportPlan.describe(snapshots, false, force));
        return snapshots.get(snapshots.size() - 1);
    }

    private void receive(String snapshot, Receiver receiver) {
        ExecResult result = host.read(receiver.stream, receiver, "zfs", "send", "-R", snapshot);
        if (result.exitCode() != 0) {
            throw new ExecFailedException(
                    "zfs send failed (exit " + result.exitCode() + "): " + String.join(" ", receiver.errors.stderr()));
        }
    }

    /**
     * Takes the {@code zfs send} stream into the image as it arrives, with exact progress against the estimate; a
     * failed write (full disk) cancels the stream and is kept to be reported instead of the cancel.
     */
    private static final class Receiver implements ExecListener {
        private final ImageWriter.Sink sink;
        private final JobContext context;
        private final long total;
        private final Cancellation stream = new Cancellation();
        private final CapturingListener errors = new CapturingListener(ExecListener.NONE, 200);
        private volatile IOException writeFailure;

        Receiver(ImageWriter.Sink sink, JobContext context, long total) {
            this.sink = sink;
            this.context = context;
            this.total = total;
            context.cancellation().onCancel(stream::cancel);
        }

        @Override
        public void stdoutBytes(byte[] buffer, int offset, int length) {
            if (writeFailure != null) {
                return;
            }
            try {
                sink.write(buffer, offset, length);
                context.bytes(sink.streamBytes(), Math.max(total, sink.streamBytes()));
            } catch (IOException e) {
                writeFailure = e;
                stream.cancel();
            }
        }

        @Override
        public boolean binaryStdout() {
            return true; // the zfs send stream
        }

        @Override
        public void stderrLine(String line) {
            errors.stderrLine(line);
            context.output(line, true);
        }
    }

    /** {@code -} or {@code <originpot>:<origintag>@<originsnap>}, as export.sh builds it. */
    private ImageMeta meta(String dataset, Cancellation cancellation) {
        String origin = zfsGet("origin", dataset + "/m", cancellation);
        if (origin.equals("-") || origin.isEmpty()) {
            return ImageMeta.NO_ORIGIN;
        }
        String originSnapshot = origin.replace("/m@", "@");
        Matcher m = Pattern.compile(".*/jails/([^/@]+)@(.+)").matcher(originSnapshot);
        if (!m.matches()) {
            throw new IllegalStateException("Unexpected origin " + origin + " of " + dataset + "/m");
        }
        String originTag = zfsGet(":pot.tag", originSnapshot, cancellation);
        if (originTag.equals("-") || originTag.isEmpty()) {
            throw new IllegalStateException("Origin " + originSnapshot + " has no :pot.tag, please export first");
        }
        return ImageMeta.of(new ImageMeta.Origin(m.group(1), originTag, m.group(2)));
    }

    private String zfsGet(String property, String dataset, Cancellation cancellation) {
        CapturingListener out = new CapturingListener(ExecListener.NONE, 10);
        ExecResult result = host.read(cancellation, out, "zfs", "get", "-H", "-o", "value", property, dataset);
        if (result.exitCode() != 0 || out.stdout().isEmpty()) {
            throw new ExecFailedException(
                    "zfs get " + property + " " + dataset + " failed: " + String.join(" ", out.stderr()));
        }
        return out.stdout().get(0).strip();
    }

    private void setProperty(String dataset, String assignment) {
        CapturingListener out = new CapturingListener(ExecListener.NONE, 10);
        ExecResult result = host.run(new Cancellation(), out, "zfs", "set", assignment, dataset);
        if (result.exitCode() != 0) {
            throw new ExecFailedException("zfs set " + assignment + " failed: " + String.join(" ", out.stderr()));
        }
    }
}
