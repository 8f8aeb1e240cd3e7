package potconsole.app.cli;

import picocli.CommandLine.Command;
import potconsole.engine.command.StopCommand;

@Command(name = "stop", description = "Stop a pot.")
final class StopCmd extends OnePotCmd {
    @Override
    public Integer call() throws Exception {
        root.service().job(new StopCommand(name)).run(Jobs.printing(spec));
        return 0;
    }
}
