package potconsole.app.cli;

import picocli.CommandLine.Command;
import potconsole.engine.command.Validate;

@Command(name = "start", description = "Start a pot (waits for its command, like pot start).")
final class StartCmd extends OnePotCmd {
    @Override
    public Integer call() throws Exception {
        root.service().start(Validate.existingPotName(name)).run(Jobs.printing(spec));
        return 0;
    }
}
