package potconsole.engine.image;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.command.Validate;

/**
 * The pot and tag an image was exported as, and the names pot derives from them (pot-spec §5.1, §5.2): the files
 * {@code <pot>_<tag>.xz}, {@code .xz.meta}, {@code .xz.skein}, {@code .xz.skein.sig}, and the imported pot's local
 * name {@code <pot>_<tag>} with dots turned into underscores.
 */
public record ImageName(String pot, String tag) {
    private static final Pattern FILE = Pattern.compile("(.+)_([^_]+)\\.xz");

    public ImageName {
        Validate.existingPotName(pot);
        Validate.tag(tag);
    }

    /**
     * Reads a {@code <pot>_<tag>.xz} file name. The tag is what follows the last underscore: pot names may contain
     * underscores, tags as pot writes them (versions, epochs) do not.
     */
    public static Optional<ImageName> ofFileName(String fileName) {
        Matcher matcher = FILE.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ImageName(matcher.group(1), matcher.group(2)));
        } catch (IllegalArgumentException notAnImage) {
            return Optional.empty();
        }
    }

    public String xzFile() {
        return pot + "_" + tag + ".xz";
    }

    public String metaFile() {
        return xzFile() + ".meta";
    }

    public String skeinFile() {
        return xzFile() + ".skein";
    }

    public String signatureFile() {
        return skeinFile() + ".sig";
    }

    /** The name {@code pot import} gives the pot. */
    public String importedPotName() {
        return (pot + "_" + tag).replace('.', '_');
    }

    public Path xzIn(Path directory) {
        return directory.resolve(xzFile());
    }

    @Override
    public String toString() {
        return pot + " @ " + tag;
    }
}
