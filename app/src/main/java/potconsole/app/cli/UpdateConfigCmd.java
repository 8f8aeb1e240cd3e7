package potconsole.app.cli;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.UpdateConfigCommand;

@Command(name = "update-config", description = "Bring pot.conf up to date with this pot version (pot update-config).")
final class UpdateConfigCmd extends PotVerb {
    @Option(names = "-a", description = "All pots.")
    boolean all;

    @Override
    public Integer call() {
        if (all == (positional != null || potOption != null)) {
            throw new InvalidArgumentException("update-config needs one pot (NAME or -p) or -a for all");
        }
        Optional<String> pot = all ? Optional.empty() : Optional.of(pot());
        return done(root.service().execute(new UpdateConfigCommand(pot)));
    }
}
