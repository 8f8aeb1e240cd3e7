package potconsole.engine.command;

import java.util.List;

/** {@code pot stop pot}; exits 0 for a name that is not a pot (pot-spec §10.15). */
public record StopCommand(String pot) implements PotCommand {
    public StopCommand {
        Validate.existingPotName(pot);
    }

    public String subcommand() {
        return "stop";
    }

    public List<String> arguments() {
        return Args.of().add(pot).build();
    }

    public boolean mayBlock() {
        return true;
    }
}
