package potconsole.engine.command;

import java.util.List;

/** {@code pot last-run-stats -p pot}: {@code { "ExitCode": N }} or {@code {}}. */
public record LastRunStatsCommand(String pot) implements ReadOnlyPotCommand {
    public LastRunStatsCommand {
        Validate.existingPotName(pot);
    }

    public String subcommand() {
        return "last-run-stats";
    }

    public List<String> arguments() {
        return Args.of().opt("-p", pot).build();
    }
}
