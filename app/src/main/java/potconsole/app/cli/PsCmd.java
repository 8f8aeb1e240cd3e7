package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.parse.PsParser;
import potconsole.engine.service.PotService;

@Command(name = "ps", description = "The running pots, and whether the internal network is up (pot ps).")
final class PsCmd implements Callable<Integer>, HostRead<PsParser.Ps> {
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
        return Fanout.run(root, spec, this);
    }

    @Override
    public PsParser.Ps read(PotService service) {
        return service.ps();
    }

    @Override
    public boolean json() {
        return json;
    }

    private static String network(PsParser.Ps ps) {
        return ps.network()
                .map(n -> switch (n) {
                    case UP -> "up";
                    case DOWN -> "down";
                    case UNKNOWN_NEEDS_ROOT -> "unknown";
                })
                .orElse(null);
    }

    @Override
    public Map<String, Object> toJson(PsParser.Ps ps) {
        return Json.obj("network", network(ps), "running", ps.running());
    }

    @Override
    public void print(PsParser.Ps ps, PrintWriter out, PrintWriter err) {
        if (!quiet && network(ps) != null) {
            err.println("internal network: " + network(ps));
        }
        ps.running().forEach(out::println);
    }
}
