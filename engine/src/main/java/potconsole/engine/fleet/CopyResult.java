package potconsole.engine.fleet;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A checked copy: the pot's name on the target, how it differs from the source (only in what pot import assigns),
 * the bytes streamed and pushed, whether the source was destroyed (a move), and the image kept on this workstation.
 */
public record CopyResult(
        String pot,
        String copy,
        List<CopyCheck.Difference> differences,
        long streamBytes,
        long imageBytes,
        boolean sourceDestroyed,
        Optional<Path> keptImage) {
    public CopyResult {
        differences = List.copyOf(differences);
    }

    public String summary() {
        StringBuilder s = new StringBuilder((sourceDestroyed ? "moved " : "copied ") + pot + " as " + copy + " ("
                + streamBytes + "-byte stream, " + imageBytes + "-byte image); checked: ");
        s.append(
                differences.isEmpty()
                        ? "same configuration"
                        : String.join(
                                "; ",
                                differences.stream()
                                        .map(CopyCheck.Difference::describe)
                                        .toList()));
        keptImage.ifPresent(p -> s.append("; image kept in ").append(p));
        return s.toString();
    }
}
