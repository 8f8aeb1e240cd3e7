package potconsole.engine.model;

import java.util.List;
import java.util.Optional;

/**
 * The network of one pot: its type, addresses ({@code ip}: one for bridges, a list of {@code IP} or {@code NIC|IP}
 * for alias, none for inherit), the private bridge, the stack (empty when the pot uses the host's default).
 */
public record Network(NetworkType type, List<String> ips, Optional<String> bridge, Optional<NetworkStack> stack) {
    public Network {
        ips = List.copyOf(ips);
    }

    public static Network inherit() {
        return new Network(NetworkType.INHERIT, List.of(), Optional.empty(), Optional.empty());
    }

    /** The first address without its {@code NIC|} prefix, for tables. */
    public Optional<String> primaryIp() {
        return ips.stream().findFirst().map(ip -> ip.contains("|") ? ip.substring(ip.indexOf('|') + 1) : ip);
    }
}
