package potconsole.engine.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import potconsole.engine.command.ImportCommand;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;
import potconsole.engine.parse.ImageOutputs;

/**
 * Import by pushing: the console copies the image's files (and those of its dependencies from {@code .meta}) into
 * the host's {@code POT_CACHE} with exact progress, then runs {@code pot import}, which never re-downloads a cached
 * file but still checks the {@code .skein} (pot-spec §5.2). Files of a registry not on this workstation are copied
 * here first. Each cached file appears under its name only when complete.
 */
final class PushImport {
    static final String DOWNLOAD = "Copying from the registry";
    static final String PUSH = "Copying into the host's cache";

    private final PotService service;
    private final CommandRunner runner;
    private final HostFiles hostFiles;
    private final Registry registry;
    private final RegistryEntry entry;
    private final Optional<String> publicKey;
    private final long pollMillis;

    PushImport(
            PotService service,
            CommandRunner runner,
            HostFiles hostFiles,
            Registry registry,
            RegistryEntry entry,
            Optional<String> publicKey,
            long pollMillis) {
        this.service = service;
        this.runner = runner;
        this.hostFiles = hostFiles;
        this.registry = registry;
        this.entry = entry;
        this.publicKey = publicKey;
        this.pollMillis = pollMillis;
    }

    Job<ImageOutputs.Imported> job() {
        return this::run;
    }

    private ImageOutputs.Imported run(JobContext context) throws Exception {
        context.phase(HostImport.REGISTRY);
        var inventory = service.inventory(context.cancellation());
        String cache = inventory.settings().get("POT_CACHE");
        List<RegistryEntry> images =
                chain(inventory.pots().stream().map(p -> p.name()).collect(Collectors.toSet()));
        Path staging = Files.createTempDirectory("potconsole-push");
        try {
            for (RegistryEntry image : images) {
                Path local = localCopy(image, staging, context);
                push(image, local, cache, context);
            }
        } finally {
            try (var files = Files.list(staging)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(staging);
        }
        ImportCommand command = new ImportCommand(
                entry.name().pot(), entry.name().tag(), registry.store().urlForHosts(), publicKey, false);
        return new HostImport(service, runner, service.privilege(), command, pollMillis)
                .job()
                .run(context);
    }

    /** The image and, first, the dependencies named by the .meta files that the host does not have yet. */
    private List<RegistryEntry> chain(Set<String> potsOnHost) throws Exception {
        Map<ImageName, RegistryEntry> byName = registry.list().stream()
                .collect(Collectors.toMap(RegistryEntry::name, Function.identity(), (a, b) -> a));
        List<RegistryEntry> chain = new ArrayList<>();
        RegistryEntry current = entry;
        while (current != null && chain.size() < 32) {
            chain.add(0, current);
            Optional<ImageName> origin =
                    current.meta().flatMap(m -> m.origin()).map(o -> new ImageName(o.pot(), o.tag()));
            current = origin.filter(o -> !potsOnHost.contains(o.importedPotName()))
                    .map(byName::get)
                    .orElse(null);
        }
        return chain;
    }

    private Path localCopy(RegistryEntry image, Path staging, JobContext context) throws Exception {
        Optional<Path> here = registry.store().localDirectory();
        if (here.isPresent()) {
            return here.get().resolve(image.name().xzFile());
        }
        context.phase(DOWNLOAD);
        context.message(image.name().xzFile() + " from " + registry.store().location());
        return registry.fetch(image, staging, context::bytes, context.cancellation());
    }

    private void push(RegistryEntry image, Path xz, String cache, JobContext context) throws Exception {
        context.phase(PUSH);
        context.message(image.name().xzFile() + " into " + cache + " on " + hostFiles.describe());
        List<Path> files = new ArrayList<>();
        for (String suffix : new String[] {".skein", ".skein.sig", "", ".meta"}) {
            Path file = xz.resolveSibling(xz.getFileName() + suffix);
            if (Files.exists(file)) {
                files.add(file);
            }
        }
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        long before = 0;
        for (Path file : files) {
            long offset = before;
            long all = total;
            hostFiles.upload(
                    file,
                    cache + "/" + file.getFileName(),
                    (done, size) -> context.bytes(offset + done, all),
                    context.cancellation());
            before += Files.size(file);
        }
    }
}
