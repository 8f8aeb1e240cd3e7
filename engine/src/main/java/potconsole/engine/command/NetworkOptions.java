package potconsole.engine.command;

import java.util.List;
import java.util.Optional;
import potconsole.engine.model.NetworkStack;
import potconsole.engine.model.NetworkType;

/**
 * The network part shared by create and clone: {@code -N type}, {@code -i ip}… , {@code -B bridge},
 * {@code -S stack}, {@code -d dns}, checked like pot's {@code _validate_network_param} where it can be without the
 * host.
 */
public record NetworkOptions(
        Optional<NetworkType> type,
        List<String> ips,
        Optional<String> bridge,
        Optional<NetworkStack> stack,
        Optional<String> dns) {
    public NetworkOptions {
        ips = List.copyOf(ips);
        ips.forEach(Validate::ipSpec);
        bridge.ifPresent(b -> Validate.simpleName(b, "Bridge name"));
        dns.ifPresent(NetworkOptions::checkDns);
        NetworkType t = type.orElse(NetworkType.INHERIT);
        if (t == NetworkType.ALIAS && (ips.isEmpty() || ips.contains("auto"))) {
            throw new InvalidArgumentException("An alias pot needs its IP address(es); 'auto' only works with bridges");
        }
        if (t == NetworkType.PRIVATE_BRIDGE && bridge.isEmpty()) {
            throw new InvalidArgumentException("A private-bridge pot needs the bridge name (-B)");
        }
        if (t != NetworkType.PRIVATE_BRIDGE && bridge.isPresent()) {
            throw new InvalidArgumentException("A bridge name is only used with the private-bridge network type");
        }
        if (t == NetworkType.PRIVATE_BRIDGE
                && stack.filter(s -> s == NetworkStack.IPV6).isPresent()) {
            throw new InvalidArgumentException("Private bridges are IPv4 only; choose the ipv4 or dual stack");
        }
        if (t.isBridge() && ips.size() > 1) {
            throw new InvalidArgumentException("A bridge pot has a single IP address (or auto)");
        }
    }

    public static NetworkOptions none() {
        return new NetworkOptions(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static NetworkOptions of(NetworkType type) {
        return new NetworkOptions(Optional.of(type), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void checkDns(String dns) {
        if (dns.equals("inherit") || dns.equals("pot") || dns.equals("off")) {
            return;
        }
        if (dns.startsWith("custom:") && dns.length() > "custom:".length()) {
            Validate.absolutePath(dns.substring("custom:".length()), "The resolv.conf file");
            return;
        }
        throw new InvalidArgumentException("dns must be inherit, pot, off or custom:/path/to/resolv.conf");
    }

    void appendTo(Args args) {
        args.opt("-N", type.map(NetworkType::potValue));
        args.each("-i", ips);
        args.opt("-B", bridge);
        args.opt("-S", stack.map(NetworkStack::potValue));
        args.opt("-d", dns);
    }
}
