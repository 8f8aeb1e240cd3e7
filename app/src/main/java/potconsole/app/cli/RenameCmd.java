package potconsole.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.RenameCommand;

@Command(name = "rename", description = "Rename a stopped pot (pot rename): potctl rename NAME -n NEW.")
final class RenameCmd extends PotVerb {
    @Option(names = "-n", required = true, paramLabel = "NEW", description = "The new name.")
    String newName;

    @Override
    public Integer call() {
        return done(root.service().execute(new RenameCommand(pot(), newName)));
    }
}
