package potconsole.engine.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of {@code pot.export.ports}: {@code [tcp:|udp:]<pot_port>[:<host_port>]}. The first number is the port
 * inside the pot, the second the host port (pot's help says the opposite; the code wins, pot-spec §10.1). Without a
 * host port, pot picks the lowest free one at start.
 */
public record PortMapping(Protocol protocol, int potPort, Optional<Integer> hostPort) {
    private static final Pattern SPEC = Pattern.compile("(?:(tcp|udp):)?([0-9]{1,5})(?::([0-9]{1,5}))?");

    public enum Protocol {
        TCP,
        UDP
    }

    public PortMapping {
        checkPort(potPort, "pot port");
        hostPort.ifPresent(p -> checkPort(p, "host port"));
    }

    private static void checkPort(int port, String what) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " " + port + " is outside 1–65535");
        }
    }

    /** Parses one spec, or explains why it is not one. */
    public static PortMapping parse(String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + spec
                    + "' is not a port spec; expected [tcp:|udp:]POT_PORT[:HOST_PORT]" + ", e.g. 80:8080 or udp:53");
        }
        Protocol protocol = "udp".equals(m.group(1)) ? Protocol.UDP : Protocol.TCP;
        Optional<Integer> host = Optional.ofNullable(m.group(3)).map(Integer::parseInt);
        return new PortMapping(protocol, Integer.parseInt(m.group(2)), host);
    }

    /** Renders back in pot's syntax; the protocol prefix only when it was udp. */
    public String spec() {
        String prefix = protocol == Protocol.UDP ? "udp:" : "";
        return prefix + potPort + hostPort.map(h -> ":" + h).orElse("");
    }
}
