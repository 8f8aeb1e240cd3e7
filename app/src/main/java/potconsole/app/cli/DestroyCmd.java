package potconsole.app.cli;

import java.io.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.DestroyCommand;
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
        if (!yes) {
            Console console = System.console();
            if (console == null) {
                spec.commandLine()
                        .getErr()
                        .println(
                                "potctl: destroying " + name
                                        + " deletes its datasets and snapshots for good; add --yes to confirm without a terminal");
                return PotCtl.USAGE;
            }
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
