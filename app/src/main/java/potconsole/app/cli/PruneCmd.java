package potconsole.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.PruneCommand;
import potconsole.engine.parse.PotOutput;

@Command(
        name = "prune",
        description = "Destroy the stopped pots marked to be pruned (pot prune). Lists them first (pot prune -n);"
                + " asks on a terminal, else needs --yes.")
final class PruneCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "-n", description = "Dry run: only say which pots would be pruned.")
    boolean dryRun;

    @Option(names = "-g", description = "Grace: leave pots stopped within the last minutes (as pot's -g).")
    boolean grace;

    @Option(
            names = {"-y", "--yes"},
            description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() {
        PotOutput preview = root.service().execute(new PruneCommand(true, grace, false));
        List<String> doomed = preview.infos().stream()
                .filter(m -> m.startsWith("Pruning "))
                .map(m -> m.substring("Pruning ".length()).strip())
                .toList();
        if (dryRun) {
            doomed.forEach(spec.commandLine().getOut()::println);
            return 0;
        }
        if (doomed.isEmpty()) {
            spec.commandLine().getErr().println("potctl: no pot to prune");
            return 0;
        }
        List<String> dependents = root.service().inventory().pots().stream()
                .filter(p -> !doomed.contains(p.name()))
                .filter(p -> p.dependencies().stream().anyMatch(doomed::contains))
                .map(p -> p.name())
                .toList();
        if (!dependents.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("potctl: note: " + String.join(", ", dependents)
                            + " depend on a pruned pot and will name a pot that is gone");
        }
        Integer refused = Confirm.check(
                spec,
                yes,
                "pruning destroys " + doomed.size() + " pot(s) with their datasets and snapshots: "
                        + String.join(" ", doomed),
                "Prune them?");
        if (refused != null) {
            return refused;
        }
        Jobs.printMessages(spec, root.service().execute(new PruneCommand(false, grace, false)));
        return 0;
    }
}
