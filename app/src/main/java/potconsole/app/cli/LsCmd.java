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

@Command(name = "ls", description = "List the pots of the host with their state (one round trip).")
final class LsCmd implements Callable<Integer> {
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
        HostInventory inventory = root.service().inventory();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(spec, inventory.pots().stream().map(Json::pot).toList());
            return 0;
        }
        if (quiet) {
            inventory.pots().forEach(p -> out.println(p.name()));
            return 0;
        }
        String format = "%-20s %-9s %-7s %-5s %-8s %-15s %-15s %s%n";
        out.printf(format, "NAME", "STATE", "TYPE", "LEVEL", "BASE", "NETWORK", "IP", "SNAPSHOTS");
        for (Pot p : inventory.pots()) {
            out.printf(
                    format,
                    p.name(),
                    p.state().label(),
                    p.type().potValue(),
                    p.level(),
                    p.base().orElse("-"),
                    p.network().type().potValue(),
                    p.network().primaryIp().orElse("-"),
                    p.snapshots().size());
        }
        return 0;
    }
}
