package potconsole.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.StopCommand;
import potconsole.engine.command.Validate;
import potconsole.engine.inventory.Wedged;
import potconsole.engine.model.PotState;

@Command(
        name = "start",
        description = "Start a pot (waits for its command, like pot start). A wedged pot (status file says started,"
                + " no jail) is explained; --fix recovers it with pot stop, then pot start.")
final class StartCmd extends OnePotCmd {
    @Option(
            names = "--fix",
            description = "If the pot is wedged, run the known-safe recovery: pot stop, then pot start.")
    boolean fix;

    @Override
    public Integer call() throws Exception {
        String pot = Validate.existingPotName(name);
        boolean wedged = root.service().inventory().pots().stream()
                .anyMatch(p -> p.name().equals(pot) && p.state() == PotState.WEDGED);
        if (wedged && !fix) {
            spec.commandLine().getErr().println("potctl: " + pot + " is wedged. " + Wedged.explanation(pot));
            spec.commandLine().getErr().println("potctl: run potctl start --fix " + pot + " to do that");
            return PotCtl.POT_FAILED;
        }
        if (wedged) {
            spec.commandLine().getOut().println("potctl: " + pot + " is wedged: pot stop " + pot + ", then pot start");
            Jobs.printMessages(spec, root.service().execute(new StopCommand(pot)));
        }
        root.service().start(pot).run(Jobs.printing(spec));
        return 0;
    }
}
