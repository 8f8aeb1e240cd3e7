package potconsole.app.cli;

import java.io.Console;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.inventory.DestroyImpact;
import potconsole.engine.model.Pot;
import potconsole.engine.parse.PotOutput;

@Command(name = "destroy", description = "Destroy a pot and its datasets. Asks first on a terminal; else needs --yes.")
final class DestroyCmd extends OnePotCmd {
    @Option(
            names = {"-F", "--force"},
            description = "Stop it first if it is running.")
    boolean force;

    @Option(
            names = {"-r", "--recursive"},
            description = "Also destroy the pots based on it.")
    boolean recursive;

    @Option(
            names = {"-y", "--yes"},
            description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() {
        DestroyCommand command = new DestroyCommand(DestroyCommand.Target.POT, name, force, recursive, false);
        Console console = System.console();
        if (!yes && console == null) {
            spec.commandLine()
                    .getErr()
                    .println("potctl: destroying " + name
                            + " deletes its datasets and snapshots for good; add --yes to confirm without a terminal");
            return PotCtl.USAGE;
        }
        // Said before anything is sent: what pot and ZFS would refuse, and what is left behind.
        List<Pot> pots = root.service().inventory().pots();
        Optional<Pot> target = pots.stream().filter(p -> p.name().equals(name)).findFirst();
        if (target.isPresent()) {
            DestroyImpact impact = DestroyImpact.of(target.get(), pots);
            if (!impact.clones().isEmpty() || (!impact.basedOn().isEmpty() && !recursive)) {
                spec.commandLine().getErr().println("potctl: cannot destroy " + name + ": " + impact.blockers());
                return PotCtl.POT_FAILED;
            }
            if (!impact.dependents().isEmpty()) {
                String last = impact.summary().lines().reduce((x, y) -> y).orElse("");
                spec.commandLine().getErr().println("potctl: note: " + last);
            }
        }
        if (!yes) {
            String answer = console.readLine("Destroy pot %s with all its snapshots? Type its name to confirm: ", name);
            if (!name.equals(answer)) {
                spec.commandLine().getErr().println("potctl: not confirmed; nothing was destroyed");
                return PotCtl.POT_FAILED;
            }
        }
        PotOutput output = root.service().execute(command);
        Jobs.printMessages(spec, output);
        return 0;
    }
}
