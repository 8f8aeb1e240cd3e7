package potconsole.engine.image;

import java.util.Optional;

/** One image in a registry directory: its name, sizes, which companion files exist, and its origin. */
public record RegistryEntry(
        ImageName name,
        long xzBytes,
        boolean hasSkein,
        boolean hasMeta,
        boolean hasSignature,
        Optional<ImageMeta> meta) {

    /** pot import needs the .skein; the .meta is optional. */
    public boolean importable() {
        return hasSkein;
    }
}
