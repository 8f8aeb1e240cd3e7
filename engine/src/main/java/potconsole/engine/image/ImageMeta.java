package potconsole.engine.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code .meta} file of an image (pot-spec §5.1): one line, {@code -} for an image without lineage or
 * {@code <originpot>:<origintag>@<originsnap>} for a clone of another exported pot. {@code pot import} treats a
 * missing or empty file like {@code -}.
 */
public record ImageMeta(Optional<Origin> origin) {
    public static final ImageMeta NO_ORIGIN = new ImageMeta(Optional.empty());
    private static final Pattern ORIGIN = Pattern.compile("([^:@\\s]+):([^:@\\s]+)@([^:@\\s]+)");

    /** The exported pot this image was cloned from: import brings in {@code pot_tag} first. */
    public record Origin(String pot, String tag, String snapshot) {
        public ImageName image() {
            return new ImageName(pot, tag);
        }
    }

    public static ImageMeta of(Origin origin) {
        return new ImageMeta(Optional.of(origin));
    }

    /** Parses the file's content; only the first line counts, as in import.sh. */
    public static ImageMeta parse(String content) {
        String firstLine = content.lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty() || firstLine.equals("-")) {
            return NO_ORIGIN;
        }
        Matcher matcher = ORIGIN.matcher(firstLine);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an image origin (<pot>:<tag>@<snapshot>): " + firstLine);
        }
        return of(new Origin(matcher.group(1), matcher.group(2), matcher.group(3)));
    }

    /** The file's exact bytes as {@code echo <meta>} writes them. */
    public byte[] fileBytes() {
        String line =
                origin.map(o -> o.pot() + ":" + o.tag() + "@" + o.snapshot()).orElse("-");
        return (line + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
