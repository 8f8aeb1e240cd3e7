package potconsole.engine.doctor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;

/**
 * What is wrong on a host and why: every check over one inventory and one read of {@link HostFacts}. Pure: it reads
 * nothing and runs nothing; the fixes it proposes run only when a person confirms them.
 */
public final class Doctor {
    private Doctor() {}

    /** Every finding, problems first, then by pot. */
    public static List<Finding> examine(HostInventory inv, HostFacts facts) {
        return examine(inv, facts, RegistrySizes.none());
    }

    /** Every finding, the cache also compared with the sizes in the configured registry. */
    public static List<Finding> examine(HostInventory inv, HostFacts facts, RegistrySizes registry) {
        List<Finding> out = new ArrayList<>();
        for (Pot p : inv.pots()) {
            out.addAll(PotChecks.of(inv, facts, p));
        }
        out.addAll(HostChecks.of(inv, facts, registry));
        out.addAll(network(inv, facts));
        out.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.pots().isEmpty() ? "" : f.pots().get(0)));
        return List.copyOf(out);
    }

    /** The findings about one pot (host findings that name it included). */
    public static List<Finding> examine(HostInventory inv, HostFacts facts, String pot) {
        return examine(inv, facts).stream().filter(f -> f.about(pot)).toList();
    }

    /** Broken links of running bridge pots; a host-wide break (pf off) becomes one finding naming every pot. */
    private static List<Finding> network(HostInventory inv, HostFacts facts) {
        NetworkExplainer explainer = new NetworkExplainer(inv, facts);
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (Pot p : inv.pots()) {
            if (!p.network().type().isBridge() || !p.state().isRunning()) {
                continue;
            }
            for (NetLink l : explainer.explain(p)) {
                if (!l.isBroken()) {
                    continue;
                }
                boolean hostWide = l.label().equals("pf") || l.label().equals("bridge");
                String key = hostWide ? l.kind().orElseThrow() + " " + l.value() : p.name() + " " + l.label();
                Finding before = byKey.get(key);
                List<String> pots = new ArrayList<>(before == null ? List.of() : before.pots());
                pots.add(p.name());
                byKey.put(
                        key,
                        new Finding(
                                l.kind().orElseThrow(),
                                Severity.PROBLEM,
                                pots,
                                title(p, l, hostWide),
                                l.evidence(),
                                l.broken().orElseThrow(),
                                l.fix()));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** The first clause of what is broken (up to its colon), after the pot's name for a pot's own link. */
    private static String title(Pot p, NetLink l, boolean hostWide) {
        String why = l.broken().orElseThrow();
        String head = why.contains(":") ? why.substring(0, why.indexOf(':')) : why;
        return hostWide ? head : p.name() + " " + l.label() + ": " + head;
    }
}
