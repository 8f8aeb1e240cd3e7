package potconsole.engine.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Parses {@code pot ps}: the optional network status message, then one running pot per line. */
public final class PsParser {
    public enum InternalNetwork {
        UP,
        DOWN,
        UNKNOWN_NEEDS_ROOT
    }

    public record Ps(Optional<InternalNetwork> network, List<String> running) {}

    private PsParser() {}

    public static Ps parse(PotOutput output) {
        Optional<InternalNetwork> network = output.infos().stream()
                .map(m -> switch (m) {
                    case "Internal network up" -> InternalNetwork.UP;
                    case "Internal network down" -> InternalNetwork.DOWN;
                    case "Need privileges to read internal network status" -> InternalNetwork.UNKNOWN_NEEDS_ROOT;
                    default -> null;
                })
                .filter(Objects::nonNull)
                .findFirst();
        return new Ps(network, ListParser.names(output.data()));
    }
}
