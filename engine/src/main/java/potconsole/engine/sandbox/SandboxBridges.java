package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * pot's bridge interfaces as {@code ifconfig} prints them (group {@code pot}): the public bridge once vnet-start has
 * run (pf on), a private bridge while one of its pots runs — unless a fault took it down.
 */
final class SandboxBridges {
    private SandboxBridges() {}

    static void write(SandboxState s, String m, Out out) {
        int n = 0;
        if (s.pfEnabled && !s.facts.downBridges.contains("public")) {
            SandboxFactsAnswer.section(
                    out,
                    m,
                    "iface bridge" + n++,
                    lines(
                            "bridge0",
                            "pot public bridge",
                            s.settings.get("POT_GATEWAY"),
                            s.settings.get("POT_NETWORK")));
        }
        for (String b : s.bridges.keySet()) {
            boolean used = s.pots.values().stream()
                    .anyMatch(p -> p.running && b.equals(p.conf.raw("bridge").orElse("")));
            if (used && !s.facts.downBridges.contains(b)) {
                String name = "bridge" + n++;
                SandboxFactsAnswer.section(
                        out,
                        m,
                        "iface " + name,
                        lines(name, "pot private bridge", s.bridgeValue(b, "gateway="), s.bridgeValue(b, "net=")));
            }
        }
    }

    private static List<String> lines(String name, String label, String gateway, String net) {
        int prefix = Integer.parseInt(net.substring(net.indexOf('/') + 1));
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        long base = SandboxState.ipToLong(net.substring(0, net.indexOf('/'))) & mask;
        List<String> out = new ArrayList<>();
        out.add(name + ": flags=1008843<UP,BROADCAST,RUNNING,SIMPLEX,MULTICAST,LOWER_UP> metric 0 mtu 1500");
        out.add("\tdescription: " + label);
        out.add(String.format(
                "\tinet %s netmask 0x%08x broadcast %s",
                gateway, mask, SandboxState.longToIp(base | (~mask & 0xFFFFFFFFL))));
        out.add("\tgroups: bridge pot");
        return out;
    }
}
