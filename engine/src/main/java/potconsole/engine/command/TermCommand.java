package potconsole.engine.command;

import java.util.List;

/** {@code pot term pot}: a login shell inside a running pot; needs a pseudo-terminal. */
public record TermCommand(String pot) implements PotCommand {
    public TermCommand {
        Validate.existingPotName(pot);
    }

    public String subcommand() {
        return "term";
    }

    public List<String> arguments() {
        return List.of(pot);
    }

    public boolean mayBlock() {
        return true;
    }
}
