package potconsole.engine.command;

import java.util.List;

/** {@code pot prune [-n] [-g] [-q]}: destroys stopped prunable pots that have run; {@code -n} is a dry run. */
public record PruneCommand(boolean dryRun, boolean grace, boolean quiet) implements PotCommand {
    public String subcommand() {
        return "prune";
    }

    public List<String> arguments() {
        return Args.of().flag("-n", dryRun).flag("-g", grace).flag("-q", quiet).build();
    }

    public boolean changesState() {
        return !dryRun;
    }

    public boolean mayBlock() {
        return grace;
    }
}
