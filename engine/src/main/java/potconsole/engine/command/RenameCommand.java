package potconsole.engine.command;

import java.util.List;

/** {@code pot rename -p old -n new}: stopped pots only. pot checks nothing about the new name; the console does. */
public record RenameCommand(String pot, String newName) implements PotCommand {
    public RenameCommand {
        Validate.existingPotName(pot);
        Validate.potName(newName);
        if (pot.equals(newName)) {
            throw new InvalidArgumentException("The new name is the same as the old one");
        }
    }

    public String subcommand() {
        return "rename";
    }

    public List<String> arguments() {
        return Args.of().opt("-p", pot).opt("-n", newName).build();
    }
}
