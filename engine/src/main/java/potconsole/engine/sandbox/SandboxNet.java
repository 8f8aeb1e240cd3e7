package potconsole.engine.sandbox;

import java.util.List;
import java.util.Optional;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotConfig;

/** The network part of create/clone after pot's {@code _validate_network_param}, ready for pot.conf. */
record SandboxNet(NetworkType type, String stack, String ip, String bridge) {

    /** Type, stack, IP (auto → potnet's next free one) and bridge from -N -S -i -B; empty after an error. */
    static Optional<SandboxNet> of(Getopt g, Ctx c, Optional<PotConfig> inheritFrom) {
        if (g.value('N').isPresent() && NetworkType.parse(g.value('N').get()).isEmpty()) {
            c.out().error(g.value('N').get() + " is not a valid network type");
            return Optional.empty();
        }
        NetworkType type = g.value('N')
                .map(v -> v.equals("host") ? "inherit" : v)
                .flatMap(NetworkType::parse)
                .or(() -> inheritFrom.map(x -> x.network().type()))
                .orElse(NetworkType.INHERIT);
        String stack = g.value('S')
                .or(() -> inheritFrom.flatMap(x -> x.raw("pot.stack")))
                .orElse(c.state().settings.get("POT_NETWORK_STACK"));
        String bridge = g.value('B').orElse("");
        return ip(type, g.values('i'), bridge, c).map(ip -> new SandboxNet(type, stack, ip, bridge));
    }

    private static Optional<String> ip(NetworkType type, List<String> ips, String bridge, Ctx c) {
        return switch (type) {
            case INHERIT -> Optional.of("");
            case ALIAS -> alias(ips, c.out());
            case PUBLIC_BRIDGE -> bridged(ips, Optional.empty(), c);
            case PRIVATE_BRIDGE -> privateBridge(ips, bridge, c);
        };
    }

    private static Optional<String> alias(List<String> ips, Out out) {
        if (ips.isEmpty() || ips.contains("auto")) {
            out.error("alias network type requires at least one IP address (-i) and auto is not allowed");
            return Optional.empty();
        }
        return Optional.of(String.join(" ", ips));
    }

    private static Optional<String> privateBridge(List<String> ips, String bridge, Ctx c) {
        if (!c.state().bridges.containsKey(bridge)) {
            c.out().error("bridge " + bridge + " is not valid. Have you already created it?");
            return Optional.empty();
        }
        return bridged(ips, Optional.of(bridge), c);
    }

    /** The next free address, or the one given if potnet validate -H accepts it (inside the network, not taken). */
    private static Optional<String> bridged(List<String> ips, Optional<String> bridge, Ctx c) {
        SandboxState s = c.state();
        if (ips.isEmpty() || ips.get(0).equals("auto")) {
            return Optional.of(s.nextIp(bridge));
        }
        String ip = ips.get(0);
        if (s.validIp(ip, bridge)) {
            return Optional.of(ip);
        }
        c.out()
                .error(bridge.map(b -> "The " + ip + " IP is not valid for bridge " + b + " - run potnet validate -H "
                                + ip + " -b " + b + " for more information")
                        .orElse("The " + ip + " IP is not valid - run potnet validate -H " + ip
                                + " for more information"));
        return Optional.empty();
    }

    /** The network keys of pot.conf. */
    PotConfig appendTo(PotConfig conf) {
        conf = conf.append("pot.stack", stack)
                .append("network_type", type.potValue())
                .append("vnet", String.valueOf(type.isBridge()));
        if (type != NetworkType.INHERIT) {
            conf = conf.append("ip", ip);
        }
        if (type == NetworkType.PRIVATE_BRIDGE) {
            conf = conf.append("bridge", bridge);
        }
        return conf;
    }
}
