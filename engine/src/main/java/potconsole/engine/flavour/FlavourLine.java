package potconsole.engine.flavour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One line of a command file, as pot reads it (pot-spec §6.2): split on whitespace with no quote handling, except
 * {@code set-cmd -c …} whose rest is taken literally with one pair of surrounding {@code "} stripped. The raw text
 * is kept, so a file renders back byte for byte.
 */
public record FlavourLine(String raw) {
    private static final String SET_CMD_PREFIX = "set-cmd -c ";

    public FlavourLine {
        if (raw.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A flavour line cannot contain a newline");
        }
    }

    /** The whitespace-separated words, as pot splits them. */
    public List<String> words() {
        String s = raw.strip();
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("[ \t]+"));
    }

    /** The command, when the line's first word is one pot accepts in a flavour. */
    public Optional<FlavourCommand> command() {
        List<String> w = words();
        return w.isEmpty() ? Optional.empty() : FlavourCommand.of(w.get(0));
    }

    /** Whether pot runs this line (else it prints "line … not valid - ignoring"). */
    public boolean valid() {
        return command().isPresent()
                && (command().get() != FlavourCommand.SET_CMD || raw.strip().startsWith(SET_CMD_PREFIX));
    }

    /** For {@code set-cmd -c …}: the command pot stores, with one pair of surrounding quotes removed. */
    public Optional<String> setCmdValue() {
        String line = raw.strip();
        if (!line.startsWith(SET_CMD_PREFIX)) {
            return Optional.empty();
        }
        String rest = line.substring(SET_CMD_PREFIX.length());
        if (rest.length() >= 2 && rest.startsWith("\"") && rest.endsWith("\"")) {
            rest = rest.substring(1, rest.length() - 1);
        }
        return Optional.of(rest);
    }

    /** The arguments pot passes to the subcommand: the words after the first, then {@code -p POT}. */
    public List<String> potArguments(String pot) {
        List<String> args = new ArrayList<>();
        if (command().orElse(null) == FlavourCommand.SET_CMD) {
            args.add("-c");
            args.add(setCmdValue().orElse(""));
        } else {
            List<String> w = words();
            args.addAll(w.subList(Math.min(1, w.size()), w.size()));
        }
        args.add("-p");
        args.add(pot);
        return args;
    }

    /** The value of an option ({@code -A}, {@code -V}, …) in this line's words, if present. */
    public Optional<String> option(String flag) {
        List<String> w = words();
        for (int i = 1; i < w.size() - 1; i++) {
            if (w.get(i).equals(flag)) {
                return Optional.of(w.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** Every value of a repeatable option ({@code -e}, {@code -E}). */
    public List<String> options(String flag) {
        List<String> w = words();
        List<String> values = new ArrayList<>();
        for (int i = 1; i < w.size() - 1; i++) {
            if (w.get(i).equals(flag)) {
                values.add(w.get(++i));
            }
        }
        return values;
    }

    /** A line from a command and its words (the editor's forms build lines this way). */
    public static FlavourLine of(FlavourCommand command, List<String> arguments) {
        if (command == FlavourCommand.SET_CMD) {
            String value = arguments.isEmpty() ? "" : String.join(" ", arguments);
            return new FlavourLine(SET_CMD_PREFIX + "\"" + value + "\"");
        }
        List<String> words = new ArrayList<>(List.of(command.word()));
        words.addAll(arguments);
        return new FlavourLine(String.join(" ", words));
    }
}
