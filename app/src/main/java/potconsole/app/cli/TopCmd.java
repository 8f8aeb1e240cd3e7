package potconsole.app.cli;

import picocli.CommandLine.Command;
import potconsole.engine.command.TopCommand;

@Command(
        name = "top",
        description =
                "top(1) of a running pot's processes (pot top), on a pseudo-terminal; q quits. Needs a" + " terminal.")
final class TopCmd extends PotVerb {
    @Override
    public Integer call() throws Exception {
        TopCommand command = new TopCommand(pot());
        if (System.console() == null) {
            spec.commandLine().getErr().println("potctl: top is interactive and needs a terminal; use ps to script");
            return PotCtl.USAGE;
        }
        return TermCmd.onThisTerminal(root.service(), command);
    }
}
