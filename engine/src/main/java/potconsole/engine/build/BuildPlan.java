package potconsole.engine.build;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.image.Signify;
import potconsole.engine.image.VersionOrder;

/**
 * What a build will do, worked out before the host is touched: the tag ({@code next} resolved against the
 * registry), the flavours and which are pushed, the decrypted signing key. Everything knowable up front is refused
 * here, all reasons at once: an unknown flavour, a linter error, a tag the registry has, a read-only registry, a
 * wrong passphrase.
 */
public record BuildPlan(
        BuildRecipe recipe,
        ImageName image,
        List<BuildFlavour> flavours,
        Optional<Signify.SecretKey> key,
        String publicKeyName) {

    public static BuildPlan of(BuildRecipe recipe, FlavourLibrary library, Registry registry, char[] passphrase)
            throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        List<RegistryEntry> published = registry.list();
        String tag = recipe.tag().equals(BuildRecipe.NEXT) ? nextTag(recipe.image(), published) : recipe.tag();
        ImageName image = new ImageName(recipe.image(), tag);
        if (published.stream().anyMatch(e -> e.name().equals(image))) {
            problems.add(registry.store().location() + " already has " + image.xzFile()
                    + " (pick another tag, or tag = next)");
        }
        if (registry.store().writableFiles().isEmpty()) {
            problems.add(registry.store().location() + " is read-only here: build into a directory or HOST:/DIR");
        }
        List<BuildFlavour> flavours = List.of();
        try {
            flavours = RecipeFlavours.resolve(recipe, library);
        } catch (BuildRefusedException e) {
            problems.addAll(e.reasons());
        }
        Optional<Signify.SecretKey> key = Optional.empty();
        try {
            key = secretKey(recipe, passphrase);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("signing key " + recipe.signingKey().orElse("") + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BuildRefusedException(problems);
        }
        return new BuildPlan(recipe, image, flavours, key, publicKeyName(recipe));
    }

    /**
     * The version after the newest of this image in the registry ({@code sort -V}): its last number plus one
     * (1.9 → 1.10, 2 → 3); {@code 1.0} when there is none.
     */
    static String nextTag(String pot, List<RegistryEntry> published) {
        Optional<String> newest = published.stream()
                .filter(e -> e.name().pot().equals(pot))
                .map(e -> e.name().tag())
                .max(VersionOrder.INSTANCE);
        if (newest.isEmpty()) {
            return "1.0";
        }
        String tag = newest.get();
        Matcher last = Pattern.compile("(\\d+)(\\D*)$").matcher(tag);
        if (!last.find()) {
            return tag + ".1";
        }
        String bumped = new BigInteger(last.group(1)).add(BigInteger.ONE).toString();
        return tag.substring(0, last.start(1)) + bumped;
    }

    private static Optional<Signify.SecretKey> secretKey(BuildRecipe recipe, char[] passphrase) throws IOException {
        Optional<Path> file = recipe.signingKeyFile();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Signify.SecretKey.parse(Files.readString(file.get(), StandardCharsets.UTF_8), passphrase));
    }

    /** signify names the public key in the signature's comment: KEY.sec → KEY.pub. */
    private static String publicKeyName(BuildRecipe recipe) {
        String name =
                recipe.signingKeyFile().map(p -> p.getFileName().toString()).orElse("");
        return (name.endsWith(".sec") ? name.substring(0, name.length() - 4) : name) + ".pub";
    }

    /** The flavours the build pushes to the host first. */
    public List<String> pushed() {
        return flavours.stream()
                .filter(BuildFlavour::fromRecipe)
                .map(f -> f.document().name())
                .toList();
    }
}
