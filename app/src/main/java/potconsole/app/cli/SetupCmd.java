package potconsole.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.setup.HostSetup;
import potconsole.engine.setup.PotConf;
import potconsole.engine.setup.SetupInputs;
import potconsole.engine.setup.SetupReport;
import potconsole.engine.setup.SetupStep;

/**
 * {@code potctl hosts setup NAME}: what the host still needs for pot, step by step with the exact commands; with
 * {@code --run} each open step runs (asked first on a terminal, or {@code --yes}), stopping at the first failure.
 */
@Command(
        name = "setup",
        description = "Check a host for pot (installed, group, pot.conf, kernel, init, vnet, a base) and, with --run,"
                + " set it up step by step. Each step only does what is missing.")
final class SetupCmd implements Callable<Integer> {
    @ParentCommand
    HostsCmd hosts;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "A saved host, ssh://…, sandbox.")
    String name;

    @Option(names = "--run", description = "Run the steps that are not done, in order.")
    boolean run;

    @Option(names = "--yes", description = "Do not ask before each step (needed without a terminal).")
    boolean yes;

    @Option(names = "--release", paramLabel = "RELEASE", description = "FreeBSD release of the base (default: newest).")
    String release;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A pot.conf value (POT_EXTIF=vtnet0, …).")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--json", description = "The findings as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        hosts.root.host = name;
        HostSetup setup = HostSetup.of(hosts.root.service(), Clock.systemUTC());
        SetupReport report = setup.probe(new Cancellation());
        SetupInputs inputs = inputs(report);
        if (!run) {
            print(report, inputs);
            return 0;
        }
        for (SetupStep step : SetupStep.values()) {
            if (step.status(report) == SetupStep.Status.DONE
                    || step.actions(report, inputs).isEmpty()) {
                continue;
            }
            String loss = step.title() + " runs as root on " + name + ":\n  "
                    + String.join("\n  ", step.commands(report, inputs));
            Integer refused = Confirm.check(spec, yes, loss, "Run it?");
            if (refused != null) {
                return refused;
            }
            report = setup.job(step, report, inputs).run(Jobs.printing(spec));
        }
        print(report, inputs);
        return 0;
    }

    private SetupInputs inputs(SetupReport report) {
        Map<String, String> values = new LinkedHashMap<>(report.conf().values());
        set.forEach((k, v) -> {
            if (!PotConf.KEYS.contains(k)) {
                throw new InvalidArgumentException(k + " is not one of " + String.join(", ", PotConf.KEYS));
            }
            values.put(k, v);
        });
        if (report.potConf().isEmpty()
                && !report.interfaces().isEmpty()
                && !set.containsKey("POT_EXTIF")
                && !report.interfaces().contains(values.get("POT_EXTIF"))) {
            values.put("POT_EXTIF", report.interfaces().get(0));
        }
        List<String> releases = report.releases();
        String chosen = release != null ? release : releases.isEmpty() ? "" : releases.get(releases.size() - 1);
        return new SetupInputs(PotConf.from(values), chosen);
    }

    private void print(SetupReport report, SetupInputs inputs) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Object> steps = new ArrayList<>();
            for (SetupStep s : SetupStep.values()) {
                steps.add(Json.obj(
                        "step", s.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "status", s.status(report).name().toLowerCase(Locale.ROOT),
                        "explanation", s.explanation(report),
                        "commands", s.commands(report, inputs)));
            }
            Json.print(spec, Json.obj("host", name, "steps", steps));
            return;
        }
        for (SetupStep s : SetupStep.values()) {
            out.printf("%-9s %s%n", s.status(report).name().toLowerCase(Locale.ROOT), s.title());
            out.println("          " + s.explanation(report));
            if (s.status(report) != SetupStep.Status.DONE && s.status(report) != SetupStep.Status.BLOCKED) {
                s.commands(report, inputs)
                        .forEach(c -> out.println(
                                "          $ " + c.lines().findFirst().orElse("")));
            }
        }
    }
}
