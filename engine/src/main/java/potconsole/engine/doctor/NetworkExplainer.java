package potconsole.engine.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import potconsole.engine.command.StartCommand;
import potconsole.engine.command.StopCommand;
import potconsole.engine.command.VnetStartCommand;
import potconsole.engine.model.Bridge;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.Pot;

/**
 * A pot's network as a chain of links, each with its evidence: network type → bridge (public or private, its network
 * and gateway, its interface) → the pot's IPs → exported ports → the rdr rules pot loaded for it and the
 * {@code pot-nat} anchor → {@code POT_EXTIF}. A broken link says what is missing and which pot command mends it.
 */
public final class NetworkExplainer {
    private final HostInventory inv;
    private final HostFacts facts;

    public NetworkExplainer(HostInventory inv, HostFacts facts) {
        this.inv = inv;
        this.facts = facts;
    }

    public List<NetLink> explain(Pot p) {
        List<NetLink> links = new ArrayList<>();
        NetworkType type = p.network().type();
        links.add(NetLink.ok("network type", type.potValue(), List.of("pot.conf: network_type=" + type.potValue())));
        if (!type.isBridge()) {
            links.add(NetLink.ok(
                    "addresses",
                    type == NetworkType.INHERIT
                            ? "the host's own"
                            : String.join(", ", p.network().ips()),
                    List.of()));
            return links;
        }
        links.add(bridge(p));
        links.add(NetLink.ok(
                "IP",
                String.join(", ", p.network().ips()),
                p.network().ips().stream().map(ip -> "pot.conf: ip=" + ip).toList()));
        if (!p.exportedPorts().isEmpty()) {
            links.add(NetLink.ok(
                    "exported ports",
                    String.join(
                            " ",
                            p.exportedPorts().stream().map(PortMapping::spec).toList()),
                    p.exportedPorts().stream()
                            .map(m -> "pot.conf: pot.export.ports " + m.spec())
                            .toList()));
            p.exportedPorts().forEach(m -> links.add(rdr(p, m)));
        }
        links.add(pf(p));
        links.add(NetLink.ok(
                "external interface",
                inv.settings().get("POT_EXTIF")
                        + Optional.ofNullable(inv.settings().get("POT_EXTIF_ADDR"))
                                .filter(a -> !a.isBlank())
                                .map(a -> " (" + a + ")")
                                .orElse(""),
                List.of("POT_EXTIF=" + inv.settings().get("POT_EXTIF"))));
        return links;
    }

    private NetLink bridge(Pot p) {
        boolean isPublic = p.network().type() == NetworkType.PUBLIC_BRIDGE;
        String name = isPublic
                ? "public bridge"
                : "private bridge " + p.network().bridge().orElse("?");
        Optional<Bridge> priv = p.network()
                .bridge()
                .flatMap(b ->
                        inv.bridges().stream().filter(x -> x.name().equals(b)).findFirst());
        if (!isPublic && priv.isEmpty()) {
            return missingBridge(p, name);
        }
        String net = isPublic
                ? inv.settings().get("POT_NETWORK")
                : priv.get().network().orElse("?");
        String gateway = isPublic
                ? inv.settings().get("POT_GATEWAY")
                : priv.get().gateway().orElse("?");
        return bridgeState(p, name, name + ", network " + net + ", gateway " + gateway, gateway, isPublic);
    }

    private NetLink missingBridge(Pot p, String name) {
        return NetLink.broken(
                "bridge",
                name,
                List.of("pot.conf: bridge=" + p.network().bridge().orElse("")),
                "bridge-missing",
                "no bridge file " + inv.settings().fsRoot() + "/bridges/"
                        + p.network().bridge().orElse("") + ": the pot cannot start",
                List.of());
    }

    /** Up (an interface holds the gateway), not yet needed (stopped, or unreadable), or down with vnet-start as fix. */
    private NetLink bridgeState(Pot p, String name, String value, String gateway, boolean isPublic) {
        Optional<String> iface = interfaceWith(gateway);
        if (iface.isPresent()) {
            return NetLink.ok(
                    "bridge",
                    value + ", interface " + iface.get(),
                    List.of("ifconfig " + iface.get() + ": inet " + gateway));
        }
        if (!p.state().isRunning()
                || facts.interfaces().isEmpty() && !facts.unreadable().isEmpty()) {
            return NetLink.ok("bridge", value + (p.state().isRunning() ? "" : " (brought up at start)"), List.of());
        }
        return NetLink.broken(
                "bridge",
                value,
                List.of("ifconfig -g pot: no interface has address " + gateway),
                "bridge-down",
                "the " + name + " is not up: the pot's epair has nowhere to attach",
                List.of(FixStep.of(new VnetStartCommand(
                        isPublic ? Optional.empty() : p.network().bridge()))));
    }

    private Optional<String> interfaceWith(String address) {
        return facts.interfaces().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(l -> l.strip().startsWith("inet " + address + " ")))
                .map(e -> e.getKey())
                .findFirst();
    }

    private NetLink rdr(Pot p, PortMapping m) {
        String proto = m.protocol().name().toLowerCase(Locale.ROOT);
        String ip = p.network().primaryIp().orElse("?");
        String label = "rdr " + m.spec();
        String anchor = "pot-rdr/" + HostFactsScript.anchorName(p.name());
        if (!p.state().isRunning()) {
            return NetLink.ok(label, "loaded by pot start (the pot is stopped)", List.of());
        }
        List<String> rules = facts.rdrRules().get(HostFactsScript.anchorName(p.name()));
        if (rules == null && facts.unreadable().containsKey("pf rules")) {
            rules = List.of(facts.unreadable().get("pf rules"));
        }
        if (rules == null || HostFactsParser.refused(rules)) {
            return NetLink.unknown(
                    label,
                    anchor,
                    rules == null
                            ? "pf rules were not read"
                            : "pf rules cannot be read by this account: " + String.join(" ", rules));
        }
        Optional<RdrRule> hit = rules.stream()
                .flatMap(l -> RdrRule.parse(l).stream())
                .filter(r -> r.protocol().equals(proto) && r.potPort() == m.potPort())
                .filter(r -> m.hostPort().map(h -> h == r.hostPort()).orElse(true))
                .findFirst();
        if (hit.isPresent() && hit.get().target().equals(ip)) {
            return NetLink.ok(
                    label,
                    "host port " + hit.get().hostPort() + " → " + ip + ":" + m.potPort(),
                    rules.stream().filter(l -> RdrRule.parse(l).equals(hit)).toList());
        }
        return missingRdr(p, m, label, anchor, rules, hit, ip);
    }

    /** No rule sends the exported port to the pot's IP: stopping and starting reloads pot's anchor. */
    private static NetLink missingRdr(
            Pot p, PortMapping m, String label, String anchor, List<String> rules, Optional<RdrRule> hit, String ip) {
        String proto = m.protocol().name().toLowerCase(Locale.ROOT);
        String why = hit.isPresent()
                ? "the rule sends host port " + hit.get().hostPort() + " to "
                        + hit.get().target() + ", not to " + ip
                : "no rule for " + proto + " port " + m.potPort() + " in " + anchor;
        List<String> evidence = new ArrayList<>(List.of("pfctl -a " + anchor + " -s nat:"));
        evidence.addAll(rules.isEmpty() ? List.of("(empty)") : rules);
        return NetLink.broken(
                label,
                anchor,
                evidence,
                "rdr-missing",
                why + ": traffic to the host port never"
                        + " reaches the pot. pot loads the anchor at start; stopping and starting reloads it.",
                List.of(FixStep.of(new StopCommand(p.name())), FixStep.of(StartCommand.of(p.name()))));
    }

    private NetLink pf(Pot p) {
        if (facts.pfEnabled().isEmpty()) {
            return NetLink.unknown("pf", "pot-nat", facts.unreadable().getOrDefault("pf status", "pf was not read"));
        }
        if (!facts.pfEnabled().get()) {
            return NetLink.broken(
                    "pf",
                    "disabled",
                    List.of("pfctl -s info: Status: Disabled"),
                    "pf-disabled",
                    "pf is disabled: no NAT out of the bridge and no port redirects",
                    List.of(FixStep.of(new VnetStartCommand(Optional.empty()))));
        }
        if (facts.natRules().isEmpty()
                && p.state().isRunning()
                && !facts.unreadable().containsKey("pf rules")) {
            return NetLink.broken(
                    "pf",
                    "pot-nat empty",
                    List.of("pfctl -a pot-nat -s nat: (empty)"),
                    "nat-missing",
                    "the pot-nat anchor is empty: the pot cannot reach beyond "
                            + inv.settings().get("POT_EXTIF"),
                    List.of(FixStep.of(new VnetStartCommand(Optional.empty()))));
        }
        return NetLink.ok("pf", "enabled, pot-nat loaded", facts.natRules());
    }
}
