package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.Validate;
import potconsole.engine.doctor.BridgeUse;
import potconsole.engine.doctor.DoctorReader;
import potconsole.engine.doctor.FixStep;
import potconsole.engine.doctor.HostFacts;
import potconsole.engine.doctor.NetLink;
import potconsole.engine.doctor.NetworkExplainer;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;

@Command(
        name = "net",
        description = "Explain a pot's network as a chain: type, bridge, IP, exported ports, the pf rules pot loaded"
                + " for it, the external interface; each broken link with what is missing and the pot command that"
                + " mends it. Without NAME, every pot, then each bridge with its addresses taken and free.")
final class NetCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The pot.")
    String name;

    @Option(names = "--json", description = "Print the chain as JSON (docs/POTCTL-JSON.md).")
    boolean json;

    @Override
    public Integer call() {
        HostInventory inv = root.service().inventory();
        List<Pot> pots = name == null
                ? inv.pots()
                : List.of(inv.pot(Validate.existingPotName(name))
                        .orElseThrow(() -> new IllegalArgumentException(name + " is not a pot")));
        HostFacts facts = DoctorReader.read(root.service(), inv, new Cancellation());
        NetworkExplainer explainer = new NetworkExplainer(inv, facts);
        boolean broken = false;
        List<Object> out = new ArrayList<>();
        for (Pot p : pots) {
            List<NetLink> links = explainer.explain(p);
            broken |= links.stream().anyMatch(NetLink::isBroken);
            if (json) {
                out.add(Json.obj(
                        "pot",
                        p.name(),
                        "state",
                        Json.state(p.state()),
                        "links",
                        links.stream().map(NetCmd::json).toList()));
            } else {
                print(spec.commandLine().getOut(), p, links);
            }
        }
        List<BridgeUse> bridges = name == null ? BridgeUse.of(inv) : List.of();
        if (json) {
            Json.print(
                    spec,
                    name == null
                            ? Json.obj(
                                    "host",
                                    root.host,
                                    "pots",
                                    out,
                                    "bridges",
                                    bridges.stream().map(NetCmd::json).toList())
                            : Json.obj("host", root.host, "pots", out));
        } else {
            bridges.forEach(b -> print(spec.commandLine().getOut(), b));
        }
        return broken ? PotCtl.POT_FAILED : 0;
    }

    static Map<String, Object> json(NetLink l) {
        return Json.obj(
                "link", l.label(),
                "value", l.value(),
                "status", l.status(),
                "evidence", l.evidence(),
                "broken", l.broken(),
                "unknown", l.unknown(),
                "fix", l.fix().stream().map(FixStep::display).toList());
    }

    /** A bridge's address use as potnet counts it (pot-spec §7.6). */
    static Map<String, Object> json(BridgeUse b) {
        return Json.obj(
                "bridge", b.isPublic() ? null : b.name(),
                "public", b.isPublic(),
                "network", b.network(),
                "gateway", b.gateway(),
                "size", b.size(),
                "taken", b.taken(),
                "free", b.free(),
                "pots", b.pots());
    }

    private static void print(PrintWriter out, BridgeUse b) {
        out.printf(
                "%s %s (gateway %s): %d of %d addresses taken, %d free; pots: %s%n",
                b.name(),
                b.network(),
                b.gateway(),
                b.taken(),
                b.size(),
                b.free(),
                b.pots().isEmpty() ? "none" : String.join(" ", b.pots()));
    }

    private static void print(PrintWriter out, Pot p, List<NetLink> links) {
        out.println(p.name() + " (" + Json.state(p.state()) + ")");
        for (NetLink l : links) {
            String mark = l.isBroken() ? "✗" : l.unknown().isPresent() ? "?" : "✓";
            out.printf("  %s %-18s %s%n", mark, l.label(), l.value());
            l.broken().ifPresent(b -> out.println("      broken: " + b));
            l.unknown().ifPresent(u -> out.println("      unknown: " + u));
            l.fix().forEach(f -> out.println("      fix: " + f.display()));
        }
    }
}
