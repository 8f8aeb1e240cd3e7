package potconsole.engine.image;

import java.util.List;
import java.util.Optional;

/** The outcome of verifying one image: each check with what it found. */
public record ImageVerification(List<Check> checks, Optional<XzSummary> summary, Optional<ImageMeta> meta) {

    public enum Status {
        PASSED,
        FAILED,
        SKIPPED
    }

    /** One check, e.g. "hash", and a sentence for the user. */
    public record Check(String name, Status status, String detail) {}

    public boolean passed() {
        return checks.stream().noneMatch(check -> check.status() == Status.FAILED);
    }

    /** The failed checks as one line: "hash: …; signature: …". */
    public String failures() {
        return checks.stream()
                .filter(check -> check.status() == Status.FAILED)
                .map(check -> check.name() + ": " + check.detail())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }

    public Optional<Check> check(String name) {
        return checks.stream().filter(check -> check.name().equals(name)).findFirst();
    }
}
