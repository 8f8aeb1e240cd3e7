package potconsole.engine.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.model.NetworkType;

/**
 * Reads a {@code *.potbuild} file: one {@code key = value} per line, {@code #} comments and blank lines ignored,
 * {@code flavour} and {@code check} repeatable (in order), every other key at most once. A mistake names its line.
 */
public final class RecipeParser {
    private static final Set<String> KEYS = Set.of(
            "image", "tag", "base", "network", "flavour", "check", "export", "level", "sign", "registry", "nomad");

    private RecipeParser() {}

    public static BuildRecipe read(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        return parse(Files.readString(absolute, StandardCharsets.UTF_8), absolute.getParent());
    }

    public static BuildRecipe parse(String text, Path directory) {
        Map<String, String> single = new LinkedHashMap<>();
        List<String> flavours = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        read(text, single, flavours, checks);
        try {
            return new BuildRecipe(
                    required(single, "image"),
                    single.getOrDefault("tag", BuildRecipe.NEXT),
                    required(single, "base"),
                    network(single.getOrDefault("network", "inherit")),
                    flavours,
                    checks,
                    export(single.getOrDefault("export", "here")),
                    level(single.getOrDefault("level", "6")),
                    Optional.ofNullable(single.get("sign")).filter(s -> !s.isEmpty()),
                    required(single, "registry"),
                    yesNo(single.getOrDefault("nomad", "no")),
                    directory,
                    text);
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException("recipe: " + e.getMessage());
        }
    }

    /** The lines into single keys, flavours and checks, in order. */
    private static void read(String text, Map<String, String> single, List<String> flavours, List<String> checks) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            if (eq < 0 || !KEYS.contains(key)) {
                throw at(i, "'" + line + "' is not 'key = value' with a key of " + String.join(", ", sorted()));
            }
            String value = line.substring(eq + 1).strip();
            if (key.equals("flavour")) {
                flavours.add(value);
            } else if (key.equals("check")) {
                checks.add(value);
            } else if (single.putIfAbsent(key, value) != null) {
                throw at(i, key + " is given twice");
            }
        }
    }

    private static List<String> sorted() {
        return KEYS.stream().sorted().toList();
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw new InvalidArgumentException("'" + key + " = …' is missing");
        }
        return value;
    }

    private static NetworkType network(String value) {
        return NetworkType.parse(value)
                .orElseThrow(() -> new InvalidArgumentException("network = " + value
                        + " is not a network type: inherit, alias, public-bridge or private-bridge"));
    }

    private static BuildRecipe.ExportWhere export(String value) {
        return switch (value) {
            case "here" -> BuildRecipe.ExportWhere.HERE;
            case "host" -> BuildRecipe.ExportWhere.HOST;
            default -> throw new InvalidArgumentException("export = " + value + ": say here or host");
        };
    }

    private static int level(String value) {
        if (!value.matches("[0-9]")) {
            throw new InvalidArgumentException("level = " + value + ": the xz level is one digit, 0 to 9");
        }
        return Integer.parseInt(value);
    }

    private static boolean yesNo(String value) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new InvalidArgumentException("nomad = " + value + ": say yes or no");
        };
    }

    private static InvalidArgumentException at(int index, String message) {
        return new InvalidArgumentException("recipe line " + (index + 1) + ": " + message);
    }
}
