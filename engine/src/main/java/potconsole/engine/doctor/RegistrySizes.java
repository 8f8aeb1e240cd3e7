package potconsole.engine.doctor;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import potconsole.engine.image.RegistryEntry;

/**
 * The sizes of the images in the configured registry, by file name ({@code NAME_TAG.xz}): an image in
 * {@code POT_CACHE} smaller than its registry copy is a half download that pot import will never replace.
 */
public record RegistrySizes(String location, Map<String, Long> bytes) {
    public RegistrySizes {
        bytes = Map.copyOf(bytes);
    }

    public static RegistrySizes none() {
        return new RegistrySizes("", Map.of());
    }

    public static RegistrySizes of(String location, List<RegistryEntry> entries) {
        return new RegistrySizes(
                location,
                entries.stream()
                        .collect(Collectors.toMap(e -> e.name().xzFile(), RegistryEntry::xzBytes, (a, b) -> a)));
    }
}
