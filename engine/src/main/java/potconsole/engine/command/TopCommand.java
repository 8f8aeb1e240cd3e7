package potconsole.engine.command;

import java.util.List;

/** {@code pot top -p pot}: {@code top -J pot}, interactive, on a terminal only; group pot may run it (§3.3). */
public record TopCommand(String pot) implements ReadOnlyPotCommand {
    public TopCommand {
        Validate.existingPotName(pot);
    }

    public String subcommand() {
        return "top";
    }

    public List<String> arguments() {
        return Args.of().opt("-p", pot).build();
    }

    public boolean mayBlock() {
        return true;
    }
}
