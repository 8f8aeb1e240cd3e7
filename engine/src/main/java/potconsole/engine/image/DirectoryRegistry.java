package potconsole.engine.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** An image registry that is a plain directory on this machine: what {@code pot import -U file:///DIR} reads. */
public final class DirectoryRegistry {
    /** By pot name, then tag in {@code sort -V} order. */
    public static final Comparator<RegistryEntry> ORDER = Comparator.comparing(
                    (RegistryEntry e) -> e.name().pot())
            .thenComparing(e -> e.name().tag(), VersionOrder.INSTANCE);

    private DirectoryRegistry() {}

    public static List<RegistryEntry> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException(directory + " is not a directory");
        }
        List<RegistryEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Optional<ImageName> name =
                        ImageName.ofFileName(file.getFileName().toString());
                if (name.isPresent()) {
                    entries.add(entry(directory, name.get(), Files.size(file)));
                }
            }
        }
        entries.sort(ORDER);
        return entries;
    }

    private static RegistryEntry entry(Path directory, ImageName name, long size) {
        Path meta = directory.resolve(name.metaFile());
        Optional<ImageMeta> parsed = Optional.empty();
        if (Files.isRegularFile(meta)) {
            try {
                parsed = Optional.of(ImageMeta.parse(Files.readString(meta, StandardCharsets.US_ASCII)));
            } catch (IOException | IllegalArgumentException unreadable) {
                // Listed without an origin; verify says what is wrong with the file.
            }
        }
        return new RegistryEntry(
                name,
                size,
                Files.isRegularFile(directory.resolve(name.skeinFile())),
                Files.isRegularFile(meta),
                Files.isRegularFile(directory.resolve(name.signatureFile())),
                parsed);
    }
}
