package potconsole.engine.command;

import java.util.List;

/** {@code pot add-dep -p pot -P dependency}: appends pot.depend (no removal command exists). */
public record AddDepCommand(String pot, String dependency) implements PotCommand {
    public AddDepCommand {
        Validate.existingPotName(pot);
        Validate.existingPotName(dependency);
        if (pot.equals(dependency)) {
            throw new InvalidArgumentException("A pot cannot depend on itself");
        }
    }

    public String subcommand() {
        return "add-dep";
    }

    public List<String> arguments() {
        return Args.of().opt("-p", pot).opt("-P", dependency).build();
    }
}
