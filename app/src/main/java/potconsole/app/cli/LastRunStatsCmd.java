package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.Validate;
import potconsole.engine.model.LastRunStats;
import potconsole.engine.service.PotService;

@Command(name = "last-run-stats", description = "The exit code of a pot's last main command (pot last-run-stats).")
final class LastRunStatsCmd extends PotVerb implements HostRead<LastRunStats> {
    @Option(names = "--json", description = "As JSON: {\"ExitCode\": N} or {} as pot prints it.")
    boolean json;

    private String name;

    @Override
    public Integer call() {
        name = Validate.existingPotName(pot());
        return Fanout.run(root, spec, this);
    }

    @Override
    public LastRunStats read(PotService service) {
        return service.lastRunStats(name);
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Map<String, Object> toJson(LastRunStats stats) {
        return stats.exitCode().isPresent()
                ? Json.obj("ExitCode", stats.exitCode().getAsInt())
                : Json.obj();
    }

    @Override
    public void print(LastRunStats stats, PrintWriter out, PrintWriter err) {
        out.println(
                stats.exitCode().isPresent() ? "exit code: " + stats.exitCode().getAsInt() : "never ran");
    }
}
