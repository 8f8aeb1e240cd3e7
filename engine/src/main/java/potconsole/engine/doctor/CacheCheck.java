package potconsole.engine.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import potconsole.engine.model.HostInventory;

/**
 * A poisoned {@code POT_CACHE} entry: an image {@code NAME_TAG.xz} that is empty, has no {@code .skein}, or is smaller
 * than the same image in the configured registry. pot import never re-downloads a cached file, so each of these
 * fails every import of that tag until the files are removed.
 */
final class CacheCheck {
    private CacheCheck() {}

    static void of(HostInventory inv, HostFacts facts, RegistrySizes registry, List<Finding> out) {
        String dir = inv.settings().get("POT_CACHE");
        Set<String> names =
                facts.cache().stream().map(HostFacts.CacheFile::name).collect(Collectors.toSet());
        for (HostFacts.CacheFile f : facts.cache()) {
            if (!f.name().endsWith(".xz")) {
                continue;
            }
            boolean noHash = !names.contains(f.name() + ".skein");
            Optional<Long> full = Optional.ofNullable(registry.bytes().get(f.name()));
            boolean shorter = full.filter(b -> f.size() < b).isPresent();
            if (!noHash && f.size() > 0 && !shorter) {
                continue;
            }
            List<String> evidence = new ArrayList<>(List.of(
                    dir + "/" + f.name() + ": " + f.size() + " bytes",
                    dir + "/" + f.name() + ".skein: " + (noHash ? "missing" : "present")));
            full.ifPresent(b -> evidence.add("registry " + registry.location() + ": " + f.name() + " " + b + " bytes"));
            out.add(new Finding(
                    "poisoned-cache",
                    Severity.PROBLEM,
                    List.of(),
                    "Image " + f.name() + " in the cache is "
                            + (f.size() == 0 ? "empty" : shorter ? "smaller than in the registry" : "incomplete"),
                    evidence,
                    "pot import downloads an image only when it is not in " + dir + " already, and checks it against"
                            + " its .skein: a half-downloaded file stays there and every import of that tag fails."
                            + " Removing the files lets the next pot import fetch it again.",
                    List.of(FixStep.remove(files(dir, f.name(), names)))));
        }
    }

    private static List<String> files(String dir, String xz, Set<String> names) {
        List<String> files = new ArrayList<>();
        for (String suffix : List.of("", ".meta", ".skein", ".skein.sig")) {
            if (names.contains(xz + suffix)) {
                files.add(dir + "/" + xz + suffix);
            }
        }
        return files;
    }
}
