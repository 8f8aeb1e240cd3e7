package potconsole.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.Validate;
import potconsole.engine.model.LastRunStats;

@Command(name = "last-run-stats", description = "The exit code of a pot's last main command (pot last-run-stats).")
final class LastRunStatsCmd extends PotVerb {
    @Option(names = "--json", description = "As JSON: {\"ExitCode\": N} or {} as pot prints it.")
    boolean json;

    @Override
    public Integer call() {
        LastRunStats stats = root.service().lastRunStats(Validate.existingPotName(pot()));
        if (json) {
            Json.print(
                    spec,
                    stats.exitCode().isPresent()
                            ? Json.obj("ExitCode", stats.exitCode().getAsInt())
                            : Json.obj());
        } else {
            spec.commandLine()
                    .getOut()
                    .println(
                            stats.exitCode().isPresent()
                                    ? "exit code: " + stats.exitCode().getAsInt()
                                    : "never ran");
        }
        return 0;
    }
}
