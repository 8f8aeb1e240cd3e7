package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.Validate;
import potconsole.engine.parse.PotUsage;
import potconsole.engine.service.PotService;

@Command(name = "show", description = "Disk, memory and CPU use of one pot (-p) or all (pot show -v).")
final class ShowCmd implements Callable<Integer>, HostRead<List<PotUsage>> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "-p", paramLabel = "POT", description = "Only this pot (default: all).")
    String pot;

    @Option(names = "--json", description = "As JSON, one object per pot.")
    boolean json;

    private Optional<String> which = Optional.empty();

    @Override
    public Integer call() {
        which = Optional.ofNullable(pot).map(Validate::existingPotName);
        return Fanout.run(root, spec, this);
    }

    @Override
    public List<PotUsage> read(PotService service) {
        return service.show(which);
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Object toJson(List<PotUsage> usage) {
        return usage.stream()
                .map(u -> Json.obj(
                        "name", u.name(),
                        "disk", u.diskUsage(),
                        "base", u.baseUsage(),
                        "datasets", u.datasetUsage(),
                        "virtual-memory", u.virtualMemory(),
                        "physical-memory", u.physicalMemory(),
                        "max-cpus", u.maxCpus(),
                        "allocated-cpus", u.allocatedCpus(),
                        "ports", u.portRedirections()))
                .toList();
    }

    @Override
    public void print(List<PotUsage> usage, PrintWriter out, PrintWriter err) {
        for (PotUsage u : usage) {
            out.println(u.name() + ":");
            out.println("  disk:    " + u.diskUsage()
                    + u.baseUsage().map(b -> " (base " + b + ")").orElse(""));
            u.datasetUsage().forEach((k, v) -> out.println("  dataset: " + k + " " + v));
            u.physicalMemory().ifPresent(m -> out.println("  memory:  " + m));
            u.maxCpus().ifPresent(c -> out.println("  cpus:    " + c));
            u.portRedirections().forEach(p -> out.println("  port:    " + p));
        }
    }
}
