package potconsole.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.DeInitCommand;
import potconsole.engine.model.HostInventory;
import potconsole.engine.setup.DeInitImpact;

@Command(
        name = "de-init",
        description = "Remove pot from the host (pot de-init): destroys POT_ZFS_ROOT with every pot, base, fscomp"
                + " and cached image. Asks on a terminal; --yes otherwise.")
final class DeInitCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "--yes", description = "Confirm without a terminal.")
    boolean yes;

    @Option(names = "-m", description = "Leave pf alone (pot de-init -m); the datasets are still destroyed.")
    boolean minimal;

    @Override
    public Integer call() {
        HostInventory inv = root.service().inventory();
        if (!inv.runningJails().isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("potctl: stop the running pots first: " + String.join(", ", inv.runningJails())
                            + " (pot de-init does not stop them)");
            return PotCtl.POT_FAILED;
        }
        String loss = "de-init destroys, and nothing brings back:\n  " + String.join("\n  ", DeInitImpact.lines(inv));
        Integer refused = Confirm.check(spec, yes, loss, "Remove pot and all of this from " + root.host + "?");
        if (refused != null) {
            return refused;
        }
        Jobs.printMessages(spec, root.service().execute(new DeInitCommand(minimal, false, Optional.empty())));
        return 0;
    }
}
