package potconsole.engine.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.Registry;

/**
 * What an image was built from, written next to it as {@code <pot>_<tag>.xz.build} so two builds can be compared with
 * {@code diff}: the recipe's hash, the base release, each flavour's hash (in order), pot's version on the build host,
 * the console's version and the time. One {@code key=value} per line, flavours as {@code flavour=NAME sha256:HEX}.
 */
public record BuildManifest(
        String image,
        String tag,
        String recipeSha256,
        String base,
        List<FlavourHash> flavours,
        String potVersion,
        String consoleVersion,
        String host,
        Instant built) {
    public static final String SUFFIX = ".build";

    /** A flavour's name and the SHA-256 of its command file and bootstrap as the build used them. */
    public record FlavourHash(String name, String sha256) {}

    public BuildManifest {
        Objects.requireNonNull(image);
        Objects.requireNonNull(tag);
        flavours = List.copyOf(flavours);
    }

    public String render() {
        StringBuilder b = new StringBuilder("# pot console build manifest\n");
        line(b, "image", image);
        line(b, "tag", tag);
        line(b, "recipe", "sha256:" + recipeSha256);
        line(b, "base", base);
        flavours.forEach(f -> line(b, "flavour", f.name() + " sha256:" + f.sha256()));
        line(b, "pot_version", potVersion);
        line(b, "console_version", consoleVersion);
        line(b, "host", host);
        line(b, "built", built.toString());
        return b.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(key).append('=').append(value.replace('\n', ' ')).append('\n');
    }

    /** Reads a manifest back; empty when the text is not one. */
    public static Optional<BuildManifest> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        List<FlavourHash> flavours = new ArrayList<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (line.startsWith("#") || eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            if (key.equals("flavour")) {
                String[] parts = value.split(" sha256:", 2);
                flavours.add(new FlavourHash(parts[0], parts.length > 1 ? parts[1] : ""));
            } else {
                values.put(key, value);
            }
        }
        try {
            return Optional.of(new BuildManifest(
                    values.get("image"),
                    values.get("tag"),
                    values.getOrDefault("recipe", "").replaceFirst("^sha256:", ""),
                    values.getOrDefault("base", ""),
                    flavours,
                    values.getOrDefault("pot_version", ""),
                    values.getOrDefault("console_version", ""),
                    values.getOrDefault("host", ""),
                    Instant.parse(values.get("built"))));
        } catch (RuntimeException notAManifest) {
            return Optional.empty();
        }
    }

    /** The manifest beside an image in a registry, when it has one (built by a recipe) and it reads as one. */
    public static Optional<BuildManifest> readFrom(Registry registry, ImageName image) throws InterruptedException {
        try (InputStream in = registry.store().open(image.xzFile() + SUFFIX)) {
            return parse(new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8));
        } catch (IOException none) {
            return Optional.empty();
        }
    }

    /** One line for listings: recipe and flavour hashes shortened, base and time. */
    public String summary() {
        return "base " + base + ", recipe " + recipeSha256.substring(0, Math.min(12, recipeSha256.length()))
                + ", " + flavours.size() + " flavour" + (flavours.size() == 1 ? "" : "s") + ", pot " + potVersion
                + ", built " + built;
    }
}
