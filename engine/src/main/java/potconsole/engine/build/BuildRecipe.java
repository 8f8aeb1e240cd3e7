package potconsole.engine.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.Validate;
import potconsole.engine.model.NetworkType;

/**
 * A {@code *.potbuild} recipe (docs/BUILD.md): the image's name and tag ({@code next}: the version after the
 * registry's newest), the base release, network type, flavours in order, checks run with {@code pot exec}, where the
 * stream is compressed, the xz level, the signing key, the target registry and whether a Nomad job is written. Every
 * value is checked by pot's rules ({@link Validate}) when the recipe is made.
 *
 * @param directory where the recipe lives: flavour files and a relative signing key are looked for here
 * @param text the recipe as read, for the manifest's hash
 */
public record BuildRecipe(
        String image,
        String tag,
        String base,
        NetworkType network,
        List<String> flavours,
        List<String> checks,
        ExportWhere export,
        int level,
        Optional<String> signingKey,
        String registry,
        boolean nomad,
        Path directory,
        String text) {
    /** The tag value that asks for the version after the registry's newest. */
    public static final String NEXT = "next";

    /** Where the {@code zfs send} stream is compressed. */
    public enum ExportWhere {
        /** Streamed here and compressed on this workstation's cores. */
        HERE,
        /** {@code pot export} on the host, the files fetched here afterwards. */
        HOST
    }

    public BuildRecipe {
        Validate.potName(image);
        if (!tag.equals(NEXT)) {
            Validate.tag(tag);
        }
        Validate.simpleName(base, "Base release");
        flavours = List.copyOf(flavours);
        flavours.forEach(f -> Validate.simpleName(f, "Flavour name"));
        checks = List.copyOf(checks);
        checks.forEach(c -> Validate.rejectNewline(c, "A check"));
        if (checks.stream().anyMatch(String::isBlank)) {
            throw new InvalidArgumentException("A check must name a command to run inside the pot");
        }
        if (level < 0 || level > 9) {
            throw new InvalidArgumentException("The xz level is 0 to 9, not " + level);
        }
        signingKey.ifPresent(k -> Validate.rejectNewline(k, "The signing key"));
        if (registry.isBlank()) {
            throw new InvalidArgumentException("Name the registry to publish into (registry = DIR or HOST:/DIR)");
        }
    }

    /**
     * The registry as {@code Registry.open} takes it, with a relative directory read from the recipe's directory
     * (a recipe in version control names {@code registry = images} beside itself).
     */
    public String registrySpec() {
        boolean elsewhere = registry.matches("(?i)https?://.*")
                || registry.startsWith("/")
                || registry.startsWith("file:")
                || registry.matches("[^/:]+:/.*");
        return elsewhere ? registry : directory.resolve(registry).toString();
    }

    /** SHA-256 of the recipe's text, as the manifest records it. */
    public String hash() {
        return sha256(text);
    }

    /** The signing key's file: relative paths are read from the recipe's directory. */
    public Optional<Path> signingKeyFile() {
        return signingKey.map(k -> directory.resolve(k));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
