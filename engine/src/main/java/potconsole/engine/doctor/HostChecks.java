package potconsole.engine.doctor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.Pot;
import potconsole.engine.service.NetworkRules;

/** The checks of the host as a whole: the image cache ({@link CacheCheck}), addresses shared or misplaced, space, rctl. */
final class HostChecks {
    /** A dataset this full gets a warning; {@link #FULL_PROBLEM} a problem (ZFS slows down, writes start failing). */
    static final int FULL_WARNING = 90;

    static final int FULL_PROBLEM = 97;

    private HostChecks() {}

    static List<Finding> of(HostInventory inv, HostFacts facts, RegistrySizes registry) {
        List<Finding> out = new ArrayList<>();
        CacheCheck.of(inv, facts, registry, out);
        ipConflicts(inv, out);
        outsideNetwork(inv, out);
        space(inv, facts, out);
        facts.racct()
                .filter(on -> !on)
                .ifPresent(off -> out.add(new Finding(
                        "racct-off",
                        Severity.INFO,
                        List.of(),
                        "rctl is off: no usage figures, no memory limits",
                        List.of("sysctl kern.racct.enable: 0"),
                        "pot get-rss answers \"To get resource usage, rctl has to be enabled\", and pot set-rss memory limits"
                                + " are not applied. Add kern.racct.enable=1 to /boot/loader.conf and reboot the host.",
                        List.of())));
        return out;
    }

    /** Two pots with one address: on the same bridge (or both public-bridge), or two alias pots. */
    private static void ipConflicts(HostInventory inv, List<Finding> out) {
        Map<String, List<String>> byAddress = new LinkedHashMap<>();
        for (Pot p : inv.pots()) {
            NetworkType t = p.network().type();
            if (t == NetworkType.INHERIT) {
                continue;
            }
            String where = t == NetworkType.PRIVATE_BRIDGE
                    ? "bridge " + p.network().bridge().orElse("?")
                    : t == NetworkType.PUBLIC_BRIDGE ? "the public bridge" : "alias";
            for (String ip : p.network().ips()) {
                String bare = ip.contains("|") ? ip.substring(ip.indexOf('|') + 1) : ip;
                byAddress
                        .computeIfAbsent(bare + " on " + where, k -> new ArrayList<>())
                        .add(p.name());
            }
        }
        byAddress.forEach((key, pots) -> {
            if (pots.size() > 1) {
                String ip = key.substring(0, key.indexOf(' '));
                out.add(new Finding(
                        "ip-conflict",
                        Severity.PROBLEM,
                        pots,
                        String.join(" and ", pots) + " share the address " + ip,
                        pots.stream()
                                .map(p -> p + ": ip=" + ip + " (" + key.substring(ip.length() + 4) + ")")
                                .toList(),
                        "Only one of them can use " + ip + " at a time: whichever starts second answers for the"
                                + " first, or loses its traffic. pot has no command to change a pot's IP: clone one"
                                + " of them with a free address (pot clone -p NEW -P " + pots.get(1)
                                + " -N <type> -i auto) and destroy the old one.",
                        List.of()));
            }
        });
    }

    private static void outsideNetwork(HostInventory inv, List<Finding> out) {
        String network = inv.settings().get("POT_NETWORK");
        Optional<long[]> net = NetworkRules.cidr(network);
        if (net.isEmpty()) {
            return;
        }
        for (Pot p : inv.pots()) {
            if (p.network().type() != NetworkType.PUBLIC_BRIDGE) {
                continue;
            }
            for (String ip : p.network().ips()) {
                Optional<Long> a = NetworkRules.ipv4(ip);
                if (a.isPresent() && (a.get() < net.get()[0] || a.get() >= net.get()[0] + net.get()[1])) {
                    out.add(new Finding(
                            "outside-network",
                            Severity.PROBLEM,
                            List.of(p.name()),
                            p.name() + "'s address " + ip + " is outside POT_NETWORK",
                            List.of("pot.conf: ip=" + ip, "POT_NETWORK=" + network),
                            "A public-bridge pot gets its address on the bridge "
                                    + inv.settings().get("POT_GATEWAY")
                                    + " serves (" + network + "); " + ip + " is not routed there, so the pot has no"
                                    + " network. It was set by hand or POT_NETWORK changed since: clone it with -i auto.",
                            List.of()));
                }
            }
        }
    }

    private static void space(HostInventory inv, HostFacts facts, List<Finding> out) {
        Set<String> seen = new TreeSet<>();
        List<Optional<HostFacts.Dataset>> wanted = List.of(
                facts.dataset(inv.settings().zfsRoot()),
                facts.mountedAt(inv.settings().get("POT_CACHE")));
        for (Optional<HostFacts.Dataset> d : wanted) {
            if (d.isEmpty() || !seen.add(d.get().name()) || d.get().percentUsed() < FULL_WARNING) {
                continue;
            }
            HostFacts.Dataset ds = d.get();
            out.add(new Finding(
                    "dataset-full",
                    ds.percentUsed() >= FULL_PROBLEM ? Severity.PROBLEM : Severity.WARNING,
                    List.of(),
                    ds.name() + " is " + ds.percentUsed() + " % full",
                    List.of("zfs list " + ds.name() + ": used " + ds.used() + " bytes, available " + ds.available()
                            + " bytes, mounted at " + ds.mountpoint()),
                    "When it fills, pot create, snapshot, import and every write inside the pots fail. pot prune"
                            + " removes stopped prunable pots, pot purge-snapshots old snapshots; images in the cache"
                            + " can go once imported.",
                    List.of()));
        }
    }
}
