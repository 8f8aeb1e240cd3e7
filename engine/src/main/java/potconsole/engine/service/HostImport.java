package potconsole.engine.service;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import potconsole.engine.command.ImportCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.HttpStore;
import potconsole.engine.image.ImageName;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;
import potconsole.engine.parse.ImageOutputs;
import potconsole.engine.parse.PotOutput;

/**
 * {@code pot import} with progress (pot-spec §5.2): pot fetches into {@code POT_CACHE}, so the image's size in the
 * cache is polled against its size in the registry (known for {@code file://} registries on the host). The result
 * names the new pot and the IP pot assigned.
 */
final class HostImport {
    static final String REGISTRY = "Reading the registry";
    static final String IMPORT = "Fetching and importing";

    private final PotService service;
    private final HostShell host;
    private final ImportCommand command;
    private final long pollMillis;

    HostImport(PotService service, CommandRunner runner, Privilege privilege, ImportCommand command, long pollMillis) {
        this.service = service;
        this.host = new HostShell(runner, privilege);
        this.command = command;
        this.pollMillis = pollMillis;
    }

    Job<ImageOutputs.Imported> job() {
        return this::run;
    }

    private ImageOutputs.Imported run(JobContext context) throws Exception {
        context.phase(REGISTRY);
        String xzFile = new ImageName(command.remotePot(), command.tag()).xzFile();
        String cached = service.inventory(context.cancellation()).settings().get("POT_CACHE") + "/" + xzFile;
        OptionalLong total = registrySize(xzFile);
        context.message(
                total.isPresent()
                        ? xzFile + ": " + Bytes.human(total.getAsLong()) + " in the registry"
                        : xzFile + " (size unknown until fetched)");

        context.phase(IMPORT);
        CompletableFuture<PotOutput> importing = InBackground.start(
                "pot-import", () -> service.execute(command, context.execListener(), context.cancellation()));
        while (true) {
            try {
                PotOutput output = importing.get(pollMillis, TimeUnit.MILLISECONDS);
                ImageOutputs.Imported imported = ImageOutputs.imported(output)
                        .orElse(new ImageOutputs.Imported(
                                command.remotePot(), command.tag(), command.localName(), Optional.empty()));
                context.message("imported as " + imported.localName()
                        + imported.newIp().map(ip -> " with IP " + ip).orElse(""));
                return imported;
            } catch (TimeoutException stillRunning) {
                OptionalLong done = host.fileSize(cached, new Cancellation());
                if (done.isPresent()) {
                    context.bytes(done.getAsLong(), total.orElse(-1));
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ExecCancelledException) {
                    // pot never re-downloads a cached file: a partial one would fail every later import.
                    host.removeImageFiles(cached);
                }
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    /**
     * The image's size in the registry: {@code stat} on the host for {@code file://}; for HTTP(S) a HEAD from this
     * workstation (the host usually sees the same server; when not, the size stays unknown and no ETA is shown).
     */
    private OptionalLong registrySize(String xzFile) throws InterruptedException {
        String base = command.url().replaceAll("/$", "");
        if (base.startsWith("file://")) {
            return host.fileSize(base.substring("file://".length()) + "/" + xzFile, new Cancellation());
        }
        if (base.matches("(?i)https?://.*")) {
            return HttpStore.of(URI.create(base)).sizeOf(xzFile);
        }
        return OptionalLong.empty();
    }
}
