package potconsole.app.cli;

import picocli.CommandLine.Command;
import potconsole.engine.command.StopCommand;
import potconsole.engine.command.Validate;

@Command(name = "restart", description = "Stop a pot if it is running, then start it (pot stop, pot start).")
final class RestartCmd extends PotVerb {
    @Override
    public Integer call() throws Exception {
        String pot = Validate.existingPotName(pot());
        if (root.service().isRunning(pot)) {
            root.service().job(new StopCommand(pot)).run(Jobs.printing(spec));
        }
        root.service().start(pot).run(Jobs.printing(spec));
        return 0;
    }
}
