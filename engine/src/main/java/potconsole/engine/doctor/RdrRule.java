package potconsole.engine.doctor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of a {@code pot-rdr/<pot>} anchor as {@code pfctl -s nat} prints what pot's start loaded (pot-spec §7.5):
 * {@code rdr pass on em0 inet proto tcp from any to (em0) port = 8080 -> 10.192.0.3 port 80}.
 */
public record RdrRule(String protocol, int hostPort, String target, int potPort) {
    private static final Pattern RULE =
            Pattern.compile("^rdr .*proto (tcp|udp) .*port = (\\d+) -> ([0-9.]+) port (\\d+)");

    public static Optional<RdrRule> parse(String line) {
        Matcher m = RULE.matcher(line.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(
                new RdrRule(m.group(1), Integer.parseInt(m.group(2)), m.group(3), Integer.parseInt(m.group(4))));
    }
}
