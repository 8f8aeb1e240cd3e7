package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/** {@code pot update-config -p pot | -a}: adds missing defaults, migrates legacy keys. */
public record UpdateConfigCommand(Optional<String> pot) implements PotCommand {
    public UpdateConfigCommand {
        pot.ifPresent(Validate::existingPotName);
    }

    public String subcommand() {
        return "update-config";
    }

    public List<String> arguments() {
        return pot.map(p -> List.of("-p", p)).orElse(List.of("-a"));
    }
}
