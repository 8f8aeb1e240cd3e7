package potconsole.engine.build;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import potconsole.engine.image.ImageName;

/**
 * A finished build: the image and where it was published, the files placed there, its manifest, the temporary pot's
 * name (destroyed by now), the compressed size, the Nomad job when the recipe asked for one, and each phase's time.
 */
public record BuildResult(
        ImageName image,
        String registry,
        List<String> published,
        BuildManifest manifest,
        String temporaryPot,
        long compressedBytes,
        Optional<String> nomadJob,
        List<PhaseTime> timings) {
    /** How long one phase took. */
    public record PhaseTime(String phase, Duration took) {}

    public BuildResult {
        published = List.copyOf(published);
        timings = List.copyOf(timings);
    }

    public String summary() {
        return "built " + image.xzFile() + " (" + compressedBytes + " bytes) into " + registry + ": "
                + String.join(", ", published);
    }

    /** The phases and their times, one per line, for logs and the lead's notes. */
    public String timingTable() {
        StringBuilder b = new StringBuilder();
        for (PhaseTime t : timings) {
            b.append(String.format("%-36s %8d ms%n", t.phase(), t.took().toMillis()));
        }
        return b.toString();
    }
}
