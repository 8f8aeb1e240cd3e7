package potconsole.engine.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import potconsole.engine.model.Bridge;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.Pot;
import potconsole.engine.service.NetworkRules;

/**
 * Address use of one bridge as potnet counts it (pot-spec §7.6): the network's size, the addresses taken (network,
 * broadcast, gateway, {@code POT_DNS_IP}, every bridge pot's IP inside it, and for the public network every address
 * of every private bridge carved out of it) and what is left for {@code potnet next}.
 */
public record BridgeUse(
        String name, boolean isPublic, String network, String gateway, long size, long taken, List<String> pots) {

    public BridgeUse {
        pots = List.copyOf(pots);
    }

    public long free() {
        return Math.max(0, size - taken);
    }

    /** The public bridge (POT_NETWORK) first, then each private bridge, from the inventory alone. */
    public static List<BridgeUse> of(HostInventory inv) {
        List<BridgeUse> out = new ArrayList<>();
        publicBridge(inv).ifPresent(out::add);
        for (Bridge b : inv.bridges()) {
            privateBridge(inv, b).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<BridgeUse> publicBridge(HostInventory inv) {
        String network = inv.settings().get("POT_NETWORK");
        Optional<long[]> net = NetworkRules.cidr(network);
        if (net.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> taken = reserved(net.get(), inv.settings().get("POT_GATEWAY"));
        NetworkRules.ipv4(inv.settings().get("POT_DNS_IP")).ifPresent(a -> addInside(taken, net.get(), a));
        for (Bridge b : inv.bridges()) {
            b.network().flatMap(NetworkRules::cidr).ifPresent(bn -> {
                for (long a = bn[0]; a < bn[0] + bn[1]; a++) {
                    addInside(taken, net.get(), a);
                }
            });
        }
        List<String> pots = addPots(inv, net.get(), taken, p -> p.network().type() == NetworkType.PUBLIC_BRIDGE);
        addPots(inv, net.get(), taken, p -> p.network().type() == NetworkType.PRIVATE_BRIDGE);
        return Optional.of(new BridgeUse(
                "public bridge", true, network, inv.settings().get("POT_GATEWAY"), net.get()[1], taken.size(), pots));
    }

    private static Optional<BridgeUse> privateBridge(HostInventory inv, Bridge b) {
        Optional<long[]> net = b.network().flatMap(NetworkRules::cidr);
        if (net.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> taken = reserved(net.get(), b.gateway().orElse(""));
        List<String> pots = addPots(
                inv,
                net.get(),
                taken,
                p -> p.network().type() == NetworkType.PRIVATE_BRIDGE
                        && p.network().bridge().filter(b.name()::equals).isPresent());
        return Optional.of(new BridgeUse(
                b.name(), false, b.network().get(), b.gateway().orElse("?"), net.get()[1], taken.size(), pots));
    }

    /** The network and broadcast addresses and the gateway. */
    private static Set<Long> reserved(long[] net, String gateway) {
        Set<Long> taken = new TreeSet<>(List.of(net[0], net[0] + net[1] - 1));
        NetworkRules.ipv4(gateway).ifPresent(a -> addInside(taken, net, a));
        return taken;
    }

    /** Adds the IPs of the matching pots that fall inside the network; returns those pots' names. */
    private static List<String> addPots(HostInventory inv, long[] net, Set<Long> taken, Predicate<Pot> which) {
        List<String> names = new ArrayList<>();
        for (Pot p : inv.pots()) {
            if (!which.test(p)) {
                continue;
            }
            for (String ip : p.network().ips()) {
                Optional<Long> a = NetworkRules.ipv4(ip);
                if (a.isPresent() && a.get() >= net[0] && a.get() < net[0] + net[1]) {
                    taken.add(a.get());
                    names.add(p.name());
                }
            }
        }
        return names;
    }

    private static void addInside(Set<Long> taken, long[] net, long a) {
        if (a >= net[0] && a < net[0] + net[1]) {
            taken.add(a);
        }
    }
}
