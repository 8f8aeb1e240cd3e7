package potconsole.engine.service;

import java.util.Optional;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.model.Bridge;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.Pot;

/**
 * {@code potnet validate -H <ip> [-b bridge]} as pot runs it for an explicit IP of a bridge pot (pot-spec §7.6):
 * a public-bridge IP must lie inside {@code POT_NETWORK} and not be taken; a private-bridge IP inside that bridge's
 * network. Taken: the network and broadcast addresses, {@code POT_GATEWAY}, {@code POT_DNS_IP}, the IP of every bridge
 * pot, and every address of every private bridge (for public-bridge pots). The host inventory is the source: it
 * carries the settings and every pot's IP.
 */
public final class NetworkRules {
    private NetworkRules() {}

    /** Empty when the options pass, else why not, naming the check pot would run. */
    public static Optional<String> problem(NetworkOptions options, HostInventory host) {
        NetworkType type = options.type().orElse(NetworkType.INHERIT);
        if (!type.isBridge() || options.ips().isEmpty() || options.ips().get(0).equals("auto")) {
            return Optional.empty();
        }
        String ip = options.ips().get(0);
        Optional<Long> address = ipv4(ip);
        if (address.isEmpty()) {
            return Optional.of(invalid(ip, "a bridge pot needs an IPv4 address", options.bridge()));
        }
        return type == NetworkType.PUBLIC_BRIDGE
                ? publicBridge(ip, address.get(), host)
                : privateBridge(ip, address.get(), options.bridge(), host);
    }

    /** Inside POT_NETWORK, not its network/broadcast address, the gateway, the DNS pot, a private bridge or taken. */
    private static Optional<String> publicBridge(String ip, long a, HostInventory host) {
        String network = host.settings().get("POT_NETWORK");
        Optional<long[]> net = cidr(network);
        if (net.isPresent() && !inside(a, net.get())) {
            return Optional.of(invalid(ip, "it is outside POT_NETWORK " + network, Optional.empty()));
        }
        if (net.isPresent() && (a == net.get()[0] || a == net.get()[0] + net.get()[1] - 1)) {
            return Optional.of(invalid(ip, "it is the network or broadcast address of " + network, Optional.empty()));
        }
        for (String key : new String[] {"POT_GATEWAY", "POT_DNS_IP"}) {
            if (ipv4(host.settings().get(key)).filter(x -> x == a).isPresent()) {
                return Optional.of(invalid(ip, "it is " + key, Optional.empty()));
            }
        }
        for (Bridge b : host.bridges()) {
            Optional<long[]> bnet = b.network().flatMap(NetworkRules::cidr);
            if (bnet.isPresent() && inside(a, bnet.get())) {
                return Optional.of(invalid(
                        ip,
                        "it belongs to the private bridge " + b.name() + " ("
                                + b.network().get() + ")",
                        Optional.empty()));
            }
        }
        return takenBy(a, host, Optional.empty())
                .map(p -> invalid(ip, "pot " + p + " already has it", Optional.empty()));
    }

    /** An existing bridge; inside its network, not its network, gateway or broadcast address, and not taken. */
    private static Optional<String> privateBridge(String ip, long a, Optional<String> bridgeName, HostInventory host) {
        String name = bridgeName.orElse("");
        Optional<Bridge> bridge =
                host.bridges().stream().filter(b -> b.name().equals(name)).findFirst();
        if (bridge.isEmpty()) {
            return Optional.of("bridge " + name + " is not valid. Have you already created it?");
        }
        Optional<long[]> bnet = bridge.get().network().flatMap(NetworkRules::cidr);
        if (bnet.isEmpty()) {
            return Optional.empty();
        }
        long[] n = bnet.get();
        if (!inside(a, n)) {
            return Optional.of(invalid(
                    ip,
                    "it is outside the bridge's network "
                            + bridge.get().network().get(),
                    bridgeName));
        }
        boolean gateway = bridge.get()
                .gateway()
                .flatMap(NetworkRules::ipv4)
                .filter(g -> g == a)
                .isPresent();
        if (a == n[0] || a == n[0] + n[1] - 1 || gateway) {
            return Optional.of(invalid(ip, "it is the bridge's network, gateway or broadcast address", bridgeName));
        }
        return takenBy(a, host, bridgeName).map(p -> invalid(ip, "pot " + p + " already has it", bridgeName));
    }

    /** {@link #problem} as an exception, for commands about to be sent. */
    public static void check(NetworkOptions options, HostInventory host) {
        problem(options, host).ifPresent(p -> {
            throw new InvalidArgumentException(p);
        });
    }

    private static String invalid(String ip, String why, Optional<String> bridge) {
        return "The " + ip + " IP is not valid"
                + bridge.map(b -> " for bridge " + b).orElse("") + ": " + why + " (potnet validate -H " + ip
                + bridge.map(b -> " -b " + b).orElse("") + ")";
    }

    /** The pot that already has this IP: any bridge pot for public-bridge, a pot on the same bridge otherwise. */
    private static Optional<String> takenBy(long a, HostInventory host, Optional<String> bridge) {
        for (Pot p : host.pots()) {
            if (!p.network().type().isBridge()) {
                continue;
            }
            if (bridge.isPresent() && !p.network().bridge().equals(bridge)) {
                continue;
            }
            for (String ip : p.network().ips()) {
                if (ipv4(ip).filter(x -> x == a).isPresent()) {
                    return Optional.of(p.name());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean inside(long a, long[] net) {
        return a >= net[0] && a < net[0] + net[1];
    }

    /** {@code a.b.c.d/len} → {network, size}. */
    public static Optional<long[]> cidr(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Optional<Long> base = ipv4(text.substring(0, slash));
        try {
            int len = Integer.parseInt(text.substring(slash + 1).strip());
            if (base.isEmpty() || len < 0 || len > 32) {
                return Optional.empty();
            }
            long size = 1L << (32 - len);
            return Optional.of(new long[] {base.get() & ~(size - 1) & 0xFFFFFFFFL, size});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<Long> ipv4(String text) {
        if (text == null || !text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            return Optional.empty();
        }
        long v = 0;
        for (String part : text.split("\\.")) {
            int p = Integer.parseInt(part);
            if (p > 255) {
                return Optional.empty();
            }
            v = (v << 8) | p;
        }
        return Optional.of(v);
    }
}
