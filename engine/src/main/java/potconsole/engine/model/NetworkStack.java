package potconsole.engine.model;

import java.util.Locale;
import java.util.Optional;

/** {@code pot.stack} / {@code POT_NETWORK_STACK}; any other value behaves as ipv4 in pot. */
public enum NetworkStack {
    IPV4,
    IPV6,
    DUAL;

    public String potValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NetworkStack> parse(String value) {
        for (NetworkStack s : values()) {
            if (s.potValue().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
