package potconsole.engine.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import potconsole.engine.command.ExportCommand;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.image.DirectoryStore;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.job.JobContext;
import potconsole.engine.service.ExportResult;
import potconsole.engine.service.PotService;

/**
 * {@code export = host}: pot export compresses on the host into its {@code /tmp} (the file is named after the
 * temporary pot, so it cannot collide), the files are fetched here over the host's file channel as a registry
 * fetch does (under part names until complete), and removed from the host whatever happened.
 */
final class HostSideExport {
    private static final String HOST_DIRECTORY = "/tmp";

    private HostSideExport() {}

    static long run(PotService host, ImageName exported, int level, Path staging, JobContext context, long pollMillis)
            throws Exception {
        HostFiles files = host.files()
                .orElseThrow(() ->
                        new IllegalStateException(host.hostLabel() + " offers no file transfer: use export = here"));
        ExportCommand command = new ExportCommand(
                exported.pot(),
                Optional.of(exported.tag()),
                Optional.of(HOST_DIRECTORY),
                Optional.of(level),
                false,
                false,
                false,
                Optional.empty(),
                false);
        Registry onHost = new Registry(DirectoryStore.onHost(files, HOST_DIRECTORY));
        try {
            ExportResult result = host.export(command, pollMillis).run(SubJob.of(context));
            context.message("fetching " + exported.xzFile() + " from " + host.hostLabel());
            RegistryEntry entry =
                    new RegistryEntry(exported, result.compressedBytes(), true, true, false, Optional.empty());
            onHost.fetch(entry, staging, context::bytes, context.cancellation());
            return result.compressedBytes();
        } finally {
            try {
                onHost.delete(exported);
            } catch (IOException e) {
                context.output(
                        "could not remove " + exported.xzFile() + " from the host's /tmp: " + e.getMessage(), true);
            }
        }
    }
}
