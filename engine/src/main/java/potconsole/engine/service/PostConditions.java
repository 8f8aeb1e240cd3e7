package potconsole.engine.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import potconsole.engine.command.CloneCommand;
import potconsole.engine.command.CreateCommand;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.command.ImportCommand;
import potconsole.engine.command.PotCommand;
import potconsole.engine.command.RenameCommand;
import potconsole.engine.error.UnconfirmedResultException;
import potconsole.engine.parse.PotOutput;

/**
 * What a successful command must have left on the host, checked there after pot exits 0 (pot's exit code is not
 * always the truth: import exits 0 when {@code zfs receive} fails). One place for every UI: create, clone and import
 * make a pot, rename moves one, destroy removes one. The check is one cheap {@code pot ls -q}.
 */
final class PostConditions {
    /** fetch(1)'s one-line summary of a file it fetched ({@code /var/cache/pot/x.xz  867 kB  169 MBps}). */
    private static final Pattern FETCH_PROGRESS = Pattern.compile("\\S+\\s+[0-9]+\\s+[kMG ]?B\\s+[0-9]+\\s+[kMG ]?Bps");

    private PostConditions() {}

    /** The pot names that must exist and must be gone after {@code command}; empty when nothing is checked. */
    record Expectation(List<String> present, List<String> absent, String claim) {}

    static Optional<Expectation> of(PotCommand command) {
        if (command instanceof CreateCommand c) {
            return Optional.of(new Expectation(List.of(c.name()), List.of(), "created " + c.name()));
        }
        if (command instanceof CloneCommand c) {
            return Optional.of(
                    new Expectation(List.of(c.name()), List.of(), "cloned " + c.source() + " as " + c.name()));
        }
        if (command instanceof ImportCommand c) {
            return Optional.of(new Expectation(
                    List.of(c.localName()),
                    List.of(),
                    "imported " + c.remotePot() + " @ " + c.tag() + " as " + c.localName()));
        }
        if (command instanceof RenameCommand c) {
            return Optional.of(new Expectation(
                    List.of(c.newName()), List.of(c.pot()), "renamed " + c.pot() + " to " + c.newName()));
        }
        if (command instanceof DestroyCommand c && c.target() == DestroyCommand.Target.POT) {
            return Optional.of(new Expectation(List.of(), List.of(c.name()), "destroyed " + c.name()));
        }
        return Optional.empty();
    }

    /**
     * Throws {@link UnconfirmedResultException} when the host's pot list (read after the command) contradicts what
     * the command claims; the message ends with pot's own error lines, or its stderr when it printed none.
     */
    static void verify(PotCommand command, int exitCode, PotOutput output, Supplier<List<String>> potsNow) {
        Optional<Expectation> expected = of(command);
        if (expected.isEmpty()) {
            return;
        }
        List<String> pots;
        try {
            pots = potsNow.get();
        } catch (RuntimeException unreadable) {
            throw new UnconfirmedResultException(
                    command.display() + " exited " + exitCode + ", but the pot list could not be read to confirm it"
                            + " (" + unreadable.getMessage() + "): refresh to see what the host has",
                    command.display(),
                    exitCode,
                    output.errors(),
                    output.stderr());
        }
        List<String> problems = contradictions(expected.get(), pots);
        if (problems.isEmpty()) {
            return;
        }
        List<String> potSaid = potSaid(output);
        String message = command.display() + " exited " + exitCode + ", but " + String.join(" and ", problems)
                + ": not " + expected.get().claim()
                + (potSaid.isEmpty() ? "" : " — pot said: " + String.join(" / ", potSaid));
        throw new UnconfirmedResultException(message, command.display(), exitCode, output.errors(), output.stderr());
    }

    private static List<String> contradictions(Expectation expected, List<String> pots) {
        List<String> problems = new ArrayList<>();
        for (String name : expected.present()) {
            if (!pots.contains(name)) {
                problems.add(name + " is not on the host");
            }
        }
        for (String name : expected.absent()) {
            if (pots.contains(name)) {
                problems.add(name + " is still on the host");
            }
        }
        return problems;
    }

    /** pot's own error lines, else its stderr without fetch's progress lines. */
    private static List<String> potSaid(PotOutput output) {
        List<String> potSaid = new ArrayList<>(output.errors());
        if (potSaid.isEmpty()) {
            output.stderr().stream()
                    .filter(l -> !l.isBlank() && !FETCH_PROGRESS.matcher(l).matches())
                    .forEach(potSaid::add);
        }
        return potSaid;
    }
}
