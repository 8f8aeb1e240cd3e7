package potconsole.app.cli;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.host.HostProfile;
import potconsole.engine.host.HostStore;

/**
 * What {@code --host} names: one host, {@code all} (every saved host), or a comma list ({@code web1,web2}). Reads
 * run on several hosts at once; a change runs on several only when they are listed by name.
 */
final class HostList {
    static final String ALL = "all";

    private HostList() {}

    static boolean isSeveral(String spec) {
        return spec.equals(ALL) || spec.contains(",");
    }

    /** The hosts named, in the order given (saved order for {@code all}), each once. */
    static List<String> expand(String spec, HostStore store) {
        if (spec.equals(ALL)) {
            List<String> saved = store.load().stream().map(HostProfile::name).toList();
            if (saved.isEmpty()) {
                throw new InvalidArgumentException(
                        "--host all: there are no saved hosts in " + store.file() + " (potctl hosts add)");
            }
            return saved;
        }
        List<String> names =
                Arrays.stream(spec.split(",", -1)).map(String::strip).toList();
        if (names.stream().anyMatch(String::isEmpty)) {
            throw new InvalidArgumentException("--host " + spec + ": an empty name in the list");
        }
        if (names.contains(ALL)) {
            throw new InvalidArgumentException("--host " + spec + ": all stands alone, not in a list");
        }
        return List.copyOf(new LinkedHashSet<>(names));
    }

    /**
     * A registry's {@code HOST:} prefix as the host is known: host names are matched without regard to case
     * ({@code Sandbox:/tmp/images}, {@code WEB1:/srv}), as DNS names are.
     */
    static String canonical(String typed, String current, HostStore store) {
        if (typed.equalsIgnoreCase(current)) {
            return current;
        }
        for (String builtIn : List.of("sandbox", "local")) {
            if (typed.equalsIgnoreCase(builtIn)) {
                return builtIn;
            }
        }
        return store.load().stream()
                .map(HostProfile::name)
                .filter(n -> n.equalsIgnoreCase(typed))
                .findFirst()
                .orElse(typed);
    }
}
