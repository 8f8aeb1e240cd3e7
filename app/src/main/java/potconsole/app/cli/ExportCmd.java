package potconsole.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.ExportCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.ParallelXzOutputStream;
import potconsole.engine.image.Signify;
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

    @Option(
            names = "--sign",
            description = "signify secret key to sign the .skein with: on the host, or here with --to-local.")
    String signingKey;

    @Option(
            names = "--to-local",
            paramLabel = "DIR",
            description = "Stream zfs send here and compress on this machine's cores into DIR (the host does no"
                    + " compression). Writes exactly pot's files and sets :pot.tag/:pot.snap on the host.")
    Path toLocal;

    @Option(names = "--threads", description = "Compressing threads with --to-local (default: all cores).")
    Integer threads;

    @Option(
            names = "--engine",
            paramLabel = "liblzma|xz-java",
            description = "With --to-local: " + EngineChoice.DESCRIPTION)
    String engine;

    @Override
    public Integer call() throws Exception {
        if (engine != null && toLocal == null) {
            throw new IllegalArgumentException(
                    "--engine applies to --to-local; pot export compresses with the host's xz");
        }
        if (toLocal != null) {
            return exportHere();
        }
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
        return LiveJob.run(spec, cancellation, live, Duration.ofSeconds(10), () -> {
            ExportResult result =
                    root.service().export(command, POLL_MILLIS).run(LiveJob.context(cancellation, live, err, false));
            return "exported " + name + result.snapshot().map(s -> " @ " + s).orElse("") + " to " + result.file()
                    + " (" + result.compressedBytes() + " bytes"
                    + (result.streamEstimate().isPresent()
                            ? " from a " + result.streamEstimate().getAsLong() + "-byte stream"
                            : "")
                    + ")"
                    + (result.snapshotChanges().isEmpty() ? "" : "; " + result.snapshotChanges());
        });
    }

    private Integer exportHere() throws Exception {
        if (autoFix || checkTag || directory != null) {
            throw new IllegalArgumentException("--to-local takes --tag, --level, --threads, --force and --sign;"
                    + " -A, -c and --dir belong to pot export on the host");
        }
        if (!Files.isDirectory(toLocal)) {
            // Checked first, so that nothing is started on the host and nothing is left behind here.
            throw new InvalidArgumentException(
                    Files.exists(toLocal)
                            ? "--to-local " + toLocal + " is not a directory"
                            : "--to-local " + toLocal + ": the directory does not exist (create it first)");
        }
        int preset = level == null ? 6 : level;
        ImageWriter.Options options = new ImageWriter.Options(
                preset,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                ParallelXzOutputStream.defaultBlockSize(preset),
                Optional.empty(),
                EngineChoice.of(engine));
        if (signingKey != null) {
            options = options.signedWith(secretKey(Path.of(signingKey)), publicKeyName(signingKey));
        }
        ImageName image = new ImageName(name, tag);
        ImageWriter.Options chosen = options;
        PrintWriter err = spec.commandLine().getErr();
        boolean live = System.console() != null;
        Cancellation cancellation = new Cancellation();
        return LiveJob.run(spec, cancellation, live, Duration.ofSeconds(10), () -> {
            ImageWriter.Result result = root.service()
                    .exportToWorkstation(image, toLocal, chosen, force)
                    .run(LiveJob.context(cancellation, live, err, false));
            return "exported " + name + " to " + result.xz() + " (" + result.compressedBytes() + " bytes from a "
                    + result.streamBytes() + "-byte stream, skein "
                    + result.skein().substring(0, 16) + "…, " + chosen.engineLine() + ")";
        });
    }

    /** The key as signify reads it: a passphrase is asked for on the terminal only when the key has one. */
    private static Signify.SecretKey secretKey(Path file) throws IOException {
        String content = Files.readString(file);
        try {
            return Signify.SecretKey.parse(content, new char[0]);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().contains("passphrase") || System.console() == null) {
                throw e;
            }
            return Signify.SecretKey.parse(content, System.console().readPassword("passphrase: "));
        }
    }

    /** signify names the public key in the signature's comment: KEY.sec → KEY.pub. */
    private static String publicKeyName(String secretKeyPath) {
        String fileName = Path.of(secretKeyPath).getFileName().toString();
        return (fileName.endsWith(".sec") ? fileName.substring(0, fileName.length() - 4) : fileName) + ".pub";
    }
}
