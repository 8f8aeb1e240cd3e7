package potconsole.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.parse.PsParser;

@Command(name = "ps", description = "The running pots, and whether the internal network is up (pot ps).")
final class PsCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "-q", description = "Names only.")
    boolean quiet;

    @Option(names = "--json", description = "As JSON: {\"network\": \"up\"|\"down\"|null, \"running\": [...]}.")
    boolean json;

    @Override
    public Integer call() {
        PsParser.Ps ps = root.service().ps();
        String network = ps.network()
                .map(n -> switch (n) {
                    case UP -> "up";
                    case DOWN -> "down";
                    case UNKNOWN_NEEDS_ROOT -> "unknown";
                })
                .orElse(null);
        if (json) {
            Json.print(spec, Json.obj("network", network, "running", ps.running()));
            return 0;
        }
        if (!quiet && network != null) {
            spec.commandLine().getErr().println("internal network: " + network);
        }
        ps.running().forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
