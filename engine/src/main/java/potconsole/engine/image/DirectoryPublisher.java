package potconsole.engine.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publishes an image into a registry directory (a local or mounted directory that an HTTP server or
 * {@code pot import -U file://…} reads): the image is verified first, every file is copied under a hidden temporary
 * name, and only when all are complete are they renamed — the {@code .skein} last, because pot import fetches it
 * first. A failure or cancel (thread interrupt) leaves the registry as it was.
 */
public final class DirectoryPublisher {
    private static final int BUFFER = 1 << 20;

    /** Bytes copied so far of the total. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    private DirectoryPublisher() {}

    /** @return the image's files as published in the registry */
    public static List<Path> publish(Path xz, Path registry, Progress progress) throws IOException {
        ImageVerification verification = ImageVerifier.verify(xz, Optional.empty(), 0);
        if (!verification.passed()) {
            String failed = verification.checks().stream()
                    .filter(c -> c.status() == ImageVerification.Status.FAILED)
                    .map(c -> c.name() + ": " + c.detail())
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("");
            throw new IOException("Not publishing a broken image: " + failed);
        }
        if (!Files.isDirectory(registry)) {
            throw new IOException(registry + " is not a directory");
        }
        String base = xz.getFileName().toString();
        List<Path> sources = new ArrayList<>();
        for (String suffix : new String[] {"", ".meta", ".skein.sig", ".skein"}) {
            Path source = xz.resolveSibling(base + suffix);
            if (Files.exists(source)) {
                sources.add(source);
            }
        }
        long total = 0;
        for (Path source : sources) {
            total += Files.size(source);
        }
        List<Path[]> renames = new ArrayList<>();
        try {
            long done = 0;
            byte[] buffer = new byte[BUFFER];
            for (Path source : sources) {
                Path temp = registry.resolve("." + source.getFileName() + ".part");
                renames.add(
                        new Path[] {temp, registry.resolve(source.getFileName().toString())});
                try (InputStream in = Files.newInputStream(source);
                        OutputStream out = Files.newOutputStream(temp)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        if (Thread.interrupted()) {
                            throw new InterruptedIOException("publishing cancelled");
                        }
                        out.write(buffer, 0, n);
                        done += n;
                        progress.update(done, total);
                    }
                }
            }
            List<Path> published = new ArrayList<>();
            for (Path[] rename : renames) {
                Files.move(rename[0], rename[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                published.add(rename[1]);
            }
            return published;
        } catch (IOException | RuntimeException e) {
            for (Path[] rename : renames) {
                Files.deleteIfExists(rename[0]);
            }
            throw e;
        }
    }
}
