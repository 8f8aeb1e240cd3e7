package potconsole.engine.host;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.exec.Privilege;

/**
 * A saved pot host: where it is (an address or an alias of ~/.ssh/config), who to log in as, with which key, how to
 * get root for commands that need it, and free tags for grouping.
 */
public record HostProfile(
        String name,
        String address,
        Optional<Integer> port,
        Optional<String> user,
        Optional<String> identity,
        Privilege privilege,
        List<String> tags) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public HostProfile {
        if (name == null || !NAME.matcher(name).matches() || name.equals("sandbox") || name.equals("local")) {
            throw new InvalidArgumentException("'" + name + "' cannot name a host: use letters, digits, '.', '_', '-'"
                    + " (sandbox and local are taken)");
        }
        if (address == null || address.isBlank() || address.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidArgumentException("The host address must be a host name, an IP or an ssh config alias");
        }
        port.ifPresent(p -> {
            if (p < 1 || p > 65535) {
                throw new InvalidArgumentException("Port " + p + " is outside 1–65535");
            }
        });
        tags = List.copyOf(tags);
    }
}
