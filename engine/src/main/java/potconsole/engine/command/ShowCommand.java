package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/** {@code pot show [-v] [-q] [-a|-r|-p pot]}: disk usage, and runtime figures when root and running. */
public record ShowCommand(Optional<String> pot, boolean all, boolean verbose, boolean quiet)
        implements ReadOnlyPotCommand {
    public ShowCommand {
        pot.ifPresent(Validate::existingPotName);
        if (pot.isPresent() && all) {
            throw new InvalidArgumentException("pot show takes either -a or -p, not both");
        }
    }

    public static ShowCommand of(String pot) {
        return new ShowCommand(Optional.of(pot), false, false, false);
    }

    public String subcommand() {
        return "show";
    }

    public List<String> arguments() {
        return Args.of()
                .flag("-v", verbose)
                .flag("-q", quiet)
                .flag("-a", all)
                .opt("-p", pot)
                .build();
    }
}
