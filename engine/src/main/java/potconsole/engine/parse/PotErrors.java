package potconsole.engine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import potconsole.engine.command.PotCommand;
import potconsole.engine.error.AlreadyExistsException;
import potconsole.engine.error.ApplicationFailedException;
import potconsole.engine.error.InvalidStateException;
import potconsole.engine.error.NeedsRootException;
import potconsole.engine.error.PotException;
import potconsole.engine.error.PotNotFoundException;

/**
 * Decides from exit code and messages whether a pot command failed, and which kind of failure it was. pot is quirky
 * here: {@code stop} on an unknown pot exits 0 with an error line, {@code export} can print "Export failed" and exit 0
 * (pot-spec §10.6, §10.15). Both are reported as failures.
 */
public final class PotErrors {
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(?i).*(\\bnot found\\b|is not a pot|is not a valid pot|is not a bridge|is not a valid base"
                    + "|is not a valid bridge|is not valid. Have you already created it|not found or corrupted|does not exist, please run 'pot init').*");
    private static final Pattern NEEDS_ROOT =
            Pattern.compile("(?i).*(needs 'root' privileg|a password is required|not permitted|Permission denied"
                    + "|Current user has no read access).*");
    private static final Pattern INVALID_STATE =
            Pattern.compile("(?i).*(is running|still running|is not running|not in a state where|is already starting"
                    + "|is already stopping|is not in execution).*");
    private static final Pattern ALREADY_EXISTS = Pattern.compile("(?i).*(already exists|is already present).*");

    /** {@code pot stop} exits 0 for a name that is not a pot. */
    private static final String STOP = "stop";

    private PotErrors() {}

    /** Returns the failure of this run of {@code command}, if it failed. */
    public static Optional<PotException> failure(PotCommand command, int exitCode, PotOutput output) {
        return failure(command.subcommand(), command.display(), exitCode, output);
    }

    /**
     * Returns the failure of a run of the pot {@code subcommand} (e.g. {@code stop}), shown as {@code commandLine},
     * if it failed.
     */
    public static Optional<PotException> failure(
            String subcommand, String commandLine, int exitCode, PotOutput output) {
        List<String> errors = output.errors();
        boolean failed = exitCode != 0
                || ImageOutputs.exportFailedDespiteExitZero(output)
                || (STOP.equals(subcommand) && errors.stream().anyMatch(e -> e.contains("is not a valid pot")));
        if (!failed) {
            return Optional.empty();
        }
        String message = headline(exitCode, errors, output.stderr());
        List<String> stderr = output.stderr();
        if (exitCode == 125) {
            return Optional.of(new ApplicationFailedException(message, commandLine, exitCode, errors, stderr));
        }
        List<String> all = new ArrayList<>(errors);
        all.addAll(stderr);
        if (all.stream().anyMatch(l -> NEEDS_ROOT.matcher(l).matches())) {
            return Optional.of(new NeedsRootException(rootMessage(message), commandLine, exitCode, errors, stderr));
        }
        if (errors.stream().anyMatch(l -> ALREADY_EXISTS.matcher(l).matches())) {
            return Optional.of(new AlreadyExistsException(message, commandLine, exitCode, errors, stderr));
        }
        if (errors.stream().anyMatch(l -> INVALID_STATE.matcher(l).matches())) {
            return Optional.of(new InvalidStateException(message, commandLine, exitCode, errors, stderr));
        }
        if (errors.stream().anyMatch(l -> NOT_FOUND.matcher(l).matches())) {
            return Optional.of(new PotNotFoundException(message, commandLine, exitCode, errors, stderr));
        }
        return Optional.of(new PotException(message, commandLine, exitCode, errors, stderr));
    }

    /** Throws the failure of this run of {@code command}, if it failed. */
    public static void check(PotCommand command, int exitCode, PotOutput output) {
        Optional<PotException> f = failure(command, exitCode, output);
        if (f.isPresent()) {
            throw f.get();
        }
    }

    private static String headline(int exitCode, List<String> errors, List<String> stderr) {
        if (!errors.isEmpty()) {
            // The last error line is pot's conclusion ("x destruction failed"); the first names the cause. Keep both.
            String first = cleanup(errors.get(0));
            String last = cleanup(errors.get(errors.size() - 1));
            return errors.size() == 1 || first.equals(last) ? first : first + " — " + last;
        }
        if (exitCode == 125) {
            return "The pot's command exited with an error (exit 125)";
        }
        return stderr.stream()
                .filter(l -> !l.isBlank())
                .reduce((a, b) -> b)
                .map(l -> l + " (exit " + exitCode + ")")
                .orElse("pot failed with exit code " + exitCode);
    }

    /** Drops pot's stray quiet-flag words ("NO x is not a pot", "no Pot x not found", pot-spec §10.17). */
    static String cleanup(String error) {
        if (error.startsWith("NO ") || error.startsWith("no ")) {
            return error.substring(3);
        }
        return error;
    }

    private static String rootMessage(String message) {
        if (message.contains("privileg")) {
            return "This operation needs 'root' privileges — set the host's privilege to sudo or doas, or connect as root";
        }
        return message;
    }
}
