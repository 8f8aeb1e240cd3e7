package potconsole.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.TopCommand;
import potconsole.engine.command.Validate;
import potconsole.engine.doctor.HostSampler;
import potconsole.engine.doctor.UsageReading;
import potconsole.engine.exec.Cancellation;

@Command(
        name = "top",
        description = "Memory and CPU of the running pots (pot get-rss -J for every running pot in one exec, the"
                + " console's usage sampler), or with NAME of that pot. With NAME on a terminal and no --json: top(1)"
                + " of the pot's processes (pot top), q quits. Needs rctl on the host (kern.racct.enable=1).")
final class TopCmd extends PotVerb {
    @Option(names = "--json", description = "Print the sample as JSON (docs/POTCTL-JSON.md).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        boolean named = positional != null || potOption != null;
        if (named && !json && System.console() != null) {
            return TermCmd.onThisTerminal(root.service(), new TopCommand(pot()));
        }
        List<String> pots = named
                ? List.of(Validate.existingPotName(pot()))
                : HostSampler.running(root.service().inventory());
        List<UsageReading> readings = HostSampler.sample(root.service(), pots, Clock.systemUTC(), new Cancellation());
        boolean rctlOff = HostSampler.rctlOff(readings);
        if (json) {
            Json.print(
                    spec,
                    Json.obj(
                            "host",
                            root.host,
                            "rctl",
                            !rctlOff,
                            "pots",
                            readings.stream().map(TopCmd::json).toList()));
        } else {
            print(spec.commandLine().getOut(), readings);
        }
        if (rctlOff) {
            spec.commandLine().getErr().println("potctl: " + HostSampler.RCTL_OFF);
        }
        return readings.stream().anyMatch(r -> r.sample().isEmpty()) ? PotCtl.POT_FAILED : 0;
    }

    static Map<String, Object> json(UsageReading r) {
        return Json.obj(
                "pot", r.pot(),
                "at", r.sample().map(s -> s.at().toString()).orElse(null),
                "rss", r.sample().map(s -> s.rssBytes()).orElse(null),
                "swap", r.sample().map(s -> s.swapBytes()).orElse(null),
                "cpu", r.sample().map(s -> s.cpuPercent()).orElse(null),
                "refused", r.refusal().orElse(null));
    }

    private static void print(PrintWriter out, List<UsageReading> readings) {
        if (readings.isEmpty()) {
            out.println("No pot is running.");
            return;
        }
        out.printf("%-24s %12s %10s %6s%n", "POT", "MEMORY", "SWAP", "CPU%");
        for (UsageReading r : readings) {
            if (r.sample().isPresent()) {
                var s = r.sample().get();
                out.printf(
                        "%-24s %8.1f MiB %6.1f MiB %6.0f%n",
                        r.pot(), s.rssBytes() / 1048576.0, s.swapBytes() / 1048576.0, s.cpuPercent());
            } else {
                out.printf("%-24s %s%n", r.pot(), r.refusal().orElse(""));
            }
        }
    }
}
