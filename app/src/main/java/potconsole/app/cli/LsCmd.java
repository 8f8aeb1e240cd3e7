package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.service.PotService;

@Command(name = "ls", description = "List the pots of the host(s) with their state (one round trip each).")
final class LsCmd implements Callable<Integer>, HostRead<HostInventory> {
    private static final String FORMAT = "%-20s %-9s %-7s %-5s %-8s %-15s %-15s %s%n";

    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "-q", description = "Names only, one per line.")
    boolean quiet;

    @Option(
            names = "--json",
            description = "As JSON: one object per pot, in pot's words (\"started\", \"public-bridge\").")
    boolean json;

    @Override
    public Integer call() {
        return Fanout.run(root, spec, this);
    }

    @Override
    public HostInventory read(PotService service) {
        return service.inventory();
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Object toJson(HostInventory inventory) {
        return inventory.pots().stream().map(Json::pot).toList();
    }

    @Override
    public String header() {
        return quiet
                ? null
                : FORMAT.formatted("NAME", "STATE", "TYPE", "LEVEL", "BASE", "NETWORK", "IP", "SNAPSHOTS")
                        .stripTrailing();
    }

    @Override
    public void print(HostInventory inventory, PrintWriter out, PrintWriter err) {
        for (Pot p : inventory.pots()) {
            if (quiet) {
                out.println(p.name());
                continue;
            }
            out.printf(
                    FORMAT,
                    p.name(),
                    p.state().label(),
                    p.type().potValue(),
                    p.level(),
                    p.base().orElse("-"),
                    p.network().type().potValue(),
                    p.network().primaryIp().orElse("-"),
                    p.snapshots().size());
        }
    }
}
