package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import potconsole.engine.build.BuildManifest;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;

/** {@code registry ls}'s view of build manifests: which images a recipe built, from what (docs/BUILD.md). */
final class RegistryBuilds {
    private RegistryBuilds() {}

    static Map<ImageName, BuildManifest> read(Registry registry, List<RegistryEntry> entries)
            throws InterruptedException {
        Map<ImageName, BuildManifest> builds = new LinkedHashMap<>();
        for (RegistryEntry e : entries) {
            BuildManifest.readFrom(registry, e.name()).ifPresent(m -> builds.put(e.name(), m));
        }
        return builds;
    }

    /** The image's JSON object with its manifest under {@code build}, when it has one. */
    static Map<String, Object> json(Map<String, Object> image, BuildManifest m) {
        if (m == null) {
            return image;
        }
        Map<String, Object> out = new LinkedHashMap<>(image);
        out.put(
                "build",
                Json.obj(
                        "recipe_sha256", m.recipeSha256(),
                        "base", m.base(),
                        "flavours",
                                m.flavours().stream()
                                        .map(f -> Json.obj("name", f.name(), "sha256", f.sha256()))
                                        .toList(),
                        "pot_version", m.potVersion(),
                        "console_version", m.consoleVersion(),
                        "host", m.host(),
                        "built", m.built().toString()));
        return out;
    }

    static void print(PrintWriter out, Map<ImageName, BuildManifest> builds) {
        if (builds.isEmpty()) {
            return;
        }
        out.println();
        out.println("BUILT FROM A RECIPE");
        builds.forEach((image, m) -> out.printf("%-33s %s%n", image.pot() + " @ " + image.tag(), m.summary()));
    }
}
