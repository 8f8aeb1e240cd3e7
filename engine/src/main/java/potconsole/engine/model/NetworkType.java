package potconsole.engine.model;

import java.util.Arrays;
import java.util.Optional;

/** {@code network_type} of a pot (pot-spec §7.6). */
public enum NetworkType {
    INHERIT("inherit"),
    ALIAS("alias"),
    PUBLIC_BRIDGE("public-bridge"),
    PRIVATE_BRIDGE("private-bridge");

    private final String potValue;

    NetworkType(String potValue) {
        this.potValue = potValue;
    }

    public String potValue() {
        return potValue;
    }

    /** Bridge types get a vnet interface and may export ports. */
    public boolean isBridge() {
        return this == PUBLIC_BRIDGE || this == PRIVATE_BRIDGE;
    }

    public static Optional<NetworkType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.potValue.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return potValue;
    }
}
