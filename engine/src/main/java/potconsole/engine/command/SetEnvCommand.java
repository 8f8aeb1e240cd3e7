package potconsole.engine.command;

import java.util.List;

/** {@code pot set-env -p pot -E VAR=value…}: replaces every existing pot.env line with this set. */
public record SetEnvCommand(String pot, List<String> assignments) implements PotCommand {
    public SetEnvCommand {
        Validate.existingPotName(pot);
        assignments = List.copyOf(assignments);
        if (assignments.isEmpty()) {
            throw new InvalidArgumentException("pot set-env needs at least one VAR=value");
        }
        assignments.forEach(Validate::envAssignment);
    }

    public String subcommand() {
        return "set-env";
    }

    public List<String> arguments() {
        return Args.of().opt("-p", pot).each("-E", assignments).build();
    }
}
