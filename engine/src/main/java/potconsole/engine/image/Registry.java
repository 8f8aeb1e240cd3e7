package potconsole.engine.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.PartFile;

/**
 * An image registry on any {@link RegistryStore}: its images grouped by pot and version, publishing (verified
 * first, every file under a temporary name, renamed into place with the {@code .skein} last because pot import
 * fetches it first), deleting ({@code .skein} first, so nobody imports a half-deleted image), and verification
 * (in place for a directory here, else on a copy fetched to a temporary directory).
 */
public final class Registry {
    /** By pot name, then tag in {@code sort -V} order. */
    public static final Comparator<RegistryEntry> ORDER = Comparator.comparing(
                    (RegistryEntry e) -> e.name().pot())
            .thenComparing(e -> e.name().tag(), VersionOrder.INSTANCE);

    /**
     * The order files are published in: pot import looks for the .skein first, so it comes last. A build's manifest
     * ({@code .build}) and Nomad job ({@code .nomad}) go with the image when they are beside it.
     */
    private static final List<String> PUBLISH_ORDER = List.of("", ".meta", ".build", ".nomad", ".skein.sig", ".skein");

    private static final int BUFFER = 1 << 20;
    private final RegistryStore store;

    public Registry(RegistryStore store) {
        this.store = store;
    }

    public RegistryStore store() {
        return store;
    }

    public List<RegistryEntry> list() throws IOException, InterruptedException {
        Map<String, Long> files =
                store.files().stream().collect(Collectors.toMap(HostFiles.Entry::name, HostFiles.Entry::size));
        List<RegistryEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Long> file : files.entrySet()) {
            Optional<ImageName> name = ImageName.ofFileName(file.getKey());
            if (name.isEmpty()) {
                continue;
            }
            ImageName image = name.get();
            boolean hasMeta = files.containsKey(image.metaFile());
            entries.add(new RegistryEntry(
                    image,
                    file.getValue(),
                    files.containsKey(image.skeinFile()),
                    hasMeta,
                    files.containsKey(image.signatureFile()),
                    hasMeta ? readMeta(image) : Optional.empty()));
        }
        entries.sort(ORDER);
        return entries;
    }

    private Optional<ImageMeta> readMeta(ImageName image) throws InterruptedException {
        try (InputStream in = store.open(image.metaFile())) {
            return Optional.of(ImageMeta.parse(new String(in.readNBytes(64 * 1024), StandardCharsets.US_ASCII)));
        } catch (IOException | IllegalArgumentException unreadable) {
            // Listed without an origin; verifying the image says what is wrong with the file.
            return Optional.empty();
        }
    }

    /**
     * Publishes an image's files (its {@code .meta}, {@code .skein}, {@code .skein.sig} beside it go too) after
     * verifying them. A failure or cancel removes the temporary files and leaves the registry as it was.
     *
     * @return the names of the files published
     */
    public List<String> publish(Path xz, HostFiles.Progress progress, Cancellation cancellation) throws IOException {
        HostFiles files = store.writableFiles()
                .orElseThrow(() -> new IOException(store.location() + " is read-only here: publish into a directory"));
        ImageVerification verification = ImageVerifier.verify(xz, Optional.empty(), 0);
        if (!verification.passed()) {
            throw new IOException("Not publishing a broken image: " + verification.failures());
        }
        List<Path> sources = companions(xz);
        long total = 0;
        for (Path source : sources) {
            total += Files.size(source);
        }
        List<String> temporary = new ArrayList<>();
        try {
            long before = 0;
            for (Path source : sources) {
                String temp = store.pathOf("." + source.getFileName() + ".publishing");
                temporary.add(temp);
                long offset = before;
                long all = total;
                files.upload(source, temp, (done, size) -> progress.update(offset + done, all), cancellation);
                before += Files.size(source);
            }
            List<String> published = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                String name = sources.get(i).getFileName().toString();
                files.rename(temporary.get(i), store.pathOf(name));
                published.add(name);
            }
            return published;
        } catch (IOException | RuntimeException e) {
            for (String temp : temporary) {
                deleteQuietly(files, temp);
            }
            throw e;
        }
    }

    /** The image and those of its companion files that exist, in the order they are published. */
    private static List<Path> companions(Path xz) {
        String base = xz.getFileName().toString();
        List<Path> sources = new ArrayList<>();
        for (String suffix : PUBLISH_ORDER) {
            Path source = xz.resolveSibling(base + suffix);
            if (Files.exists(source)) {
                sources.add(source);
            }
        }
        return sources;
    }

    /** Deletes an image's files, the {@code .skein} first. */
    public void delete(ImageName image) throws IOException {
        HostFiles files = store.writableFiles()
                .orElseThrow(
                        () -> new IOException(store.location() + " is read-only here: delete the files on the server"));
        for (String name : List.of(image.skeinFile(), image.signatureFile(), image.metaFile(), image.xzFile())) {
            files.delete(store.pathOf(name));
        }
        for (String name : List.of(image.xzFile() + ".build", image.xzFile() + ".nomad")) {
            deleteQuietly(files, store.pathOf(name));
        }
    }

    /**
     * Copies an image's files from the registry into a local directory (under temporary names until complete).
     *
     * @return the local {@code .xz}
     */
    public Path fetch(RegistryEntry entry, Path directory, HostFiles.Progress progress, Cancellation cancellation)
            throws IOException, InterruptedException {
        ImageName image = entry.name();
        List<String> names = new ArrayList<>(List.of(image.xzFile()));
        if (entry.hasMeta()) {
            names.add(image.metaFile());
        }
        if (entry.hasSkein()) {
            names.add(image.skeinFile());
        }
        if (entry.hasSignature()) {
            names.add(image.signatureFile());
        }
        long total = Math.max(entry.xzBytes(), 0);
        long done = 0;
        byte[] buffer = new byte[BUFFER];
        for (String name : names) {
            Path target = directory.resolve(name);
            Path part = PartFile.create(directory, name);
            try {
                try (InputStream in = store.open(name);
                        OutputStream out = Files.newOutputStream(part)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        if (cancellation.isCancelled()) {
                            throw new ExecCancelledException("cancelled: copy of " + name);
                        }
                        out.write(buffer, 0, n);
                        done += n;
                        progress.update(done, Math.max(total, done));
                    }
                }
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        }
        return directory.resolve(image.xzFile());
    }

    /**
     * Verifies an image of the registry: in place for a directory on this workstation, else on a copy in a
     * temporary directory that is removed afterwards.
     */
    public ImageVerification verify(
            RegistryEntry entry,
            Optional<Signify.PublicKey> publicKey,
            int deepThreads,
            HostFiles.Progress progress,
            Cancellation cancellation)
            throws IOException, InterruptedException {
        Optional<Path> here = store.localDirectory();
        if (here.isPresent()) {
            return ImageVerifier.verify(here.get().resolve(entry.name().xzFile()), publicKey, deepThreads);
        }
        Path temp = Files.createTempDirectory("potconsole-verify");
        try {
            Path xz = fetch(entry, temp, progress, cancellation);
            return ImageVerifier.verify(xz, publicKey, deepThreads);
        } finally {
            try (var files = Files.list(temp)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A registry named the way potctl and the registry window take it: {@code http(s)://…}, {@code HOST:/dir} for
     * a directory on a configured host, else a directory on this workstation.
     */
    public static Registry open(String spec, Function<String, Optional<HostFiles>> hostFiles) {
        String s = spec.strip();
        if (s.matches("(?i)https?://.*")) {
            return new Registry(HttpStore.of(URI.create(s)));
        }
        int colon = s.indexOf(':');
        if (colon > 0 && s.length() > colon + 1 && s.charAt(colon + 1) == '/' && !s.startsWith("file:")) {
            String host = s.substring(0, colon);
            HostFiles files = hostFiles
                    .apply(host)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "No host named " + host + " with file access (SFTP) is configured"));
            return new Registry(DirectoryStore.onHost(files, s.substring(colon + 1)));
        }
        if (s.startsWith("file://")) {
            s = s.substring("file://".length());
        }
        return new Registry(DirectoryStore.local(Path.of(s)));
    }

    private static void deleteQuietly(HostFiles files, String path) {
        try {
            files.delete(path);
        } catch (IOException | RuntimeException gone) {
            // The link is down or the file never appeared: nothing more to clean here.
        }
    }
}
