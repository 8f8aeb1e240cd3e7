package potconsole.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.AddDepCommand;

@Command(name = "add-dep", description = "Make a pot start another pot first (pot add-dep).")
final class AddDepCmd extends PotVerb {
    @Option(names = "-P", required = true, paramLabel = "POT", description = "The pot it depends on.")
    String dependency;

    @Override
    public Integer call() {
        return done(root.service().execute(new AddDepCommand(pot(), dependency)));
    }
}
