package potconsole.engine.command;

import java.util.List;

/** {@code pot ps [-q]}: names of running pots (without -q, first a network status line). */
public record PsCommand(boolean quiet) implements ReadOnlyPotCommand {
    public String subcommand() {
        return "ps";
    }

    public List<String> arguments() {
        return Args.of().flag("-q", quiet).build();
    }
}
