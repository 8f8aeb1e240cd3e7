package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import potconsole.engine.nomad.NomadHcl;
import potconsole.engine.nomad.NomadJob;
import potconsole.engine.nomad.NomadJobCheck;
import potconsole.engine.nomad.NomadJson;

/** A Nomad job for the pot task driver, with flags named as the driver names its parameters. Prints to stdout. */
@Command(
        name = "nomad-job",
        description = "Print a Nomad job (HCL or JSON) that runs an image with the pot task driver.")
final class NomadJobCmd implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--image", required = true, description = "The registry's base URL (the driver's image).")
    String image;

    @Option(names = "--pot", required = true, description = "The image's pot name.")
    String pot;

    @Option(names = "--tag", required = true, description = "The image tag.")
    String tag;

    @Option(names = "--command", description = "The command the pot runs (one word; the rest goes in --args).")
    String command;

    @Option(names = "--args", description = "One argument of the command; repeat for each, in order.")
    List<String> args = new ArrayList<>();

    @Option(
            names = "--network-mode",
            defaultValue = NomadJob.PUBLIC_BRIDGE,
            description = "public-bridge or host. Default: ${DEFAULT-VALUE}")
    String networkMode;

    @Option(
            names = "--port-map",
            paramLabel = "LABEL=PORT",
            description = "A port label and the port inside the pot it maps to (http=80); repeat.")
    List<String> portMap = new ArrayList<>();

    @Option(names = "--copy", paramLabel = "SRC:DST", description = "A host file copied into the pot; repeat.")
    List<String> copy = new ArrayList<>();

    @Option(names = "--mount", paramLabel = "SRC:DST", description = "A host directory mounted in the pot; repeat.")
    List<String> mount = new ArrayList<>();

    @Option(names = "--mount-read-only", paramLabel = "SRC:DST", description = "The same, read-only; repeat.")
    List<String> mountReadOnly = new ArrayList<>();

    @Option(names = "--extra-hosts", paramLabel = "HOST:IP", description = "An /etc/hosts entry; repeat.")
    List<String> extraHosts = new ArrayList<>();

    @Option(names = "--attributes", paramLabel = "ATTR:VALUE", description = "A pot attribute to set; repeat.")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--job", description = "Job name. Default: from the pot name.")
    String job;

    @Option(names = "--group", description = "Group name. Default: the job's.")
    String group;

    @Option(names = "--task", description = "Task name. Default: the job's.")
    String task;

    @Option(names = "--datacenters", split = ",", defaultValue = "dc1", description = "Default: ${DEFAULT-VALUE}")
    List<String> datacenters;

    @Option(names = "--count", defaultValue = "1", description = "Instances. Default: ${DEFAULT-VALUE}")
    int count;

    @Option(names = "--cpu", defaultValue = "200", description = "CPU in MHz. Default: ${DEFAULT-VALUE}")
    int cpu;

    @Option(names = "--memory", defaultValue = "64", description = "Memory in MB. Default: ${DEFAULT-VALUE}")
    int memory;

    @Option(names = "--format", defaultValue = "hcl", description = "hcl or json. Default: ${DEFAULT-VALUE}")
    String format;

    @Override
    public Integer call() {
        NomadJob spec = job();
        List<NomadJobCheck.Problem> problems = NomadJobCheck.problems(spec);
        if (!problems.isEmpty()) {
            PrintWriter err = this.spec.commandLine().getErr();
            problems.forEach(p -> err.println("potctl: " + p));
            return PotCtl.USAGE;
        }
        NomadJobCheck.notes(spec).forEach(n -> this.spec.commandLine().getErr().println("potctl: note: " + n));
        PrintWriter out = this.spec.commandLine().getOut();
        switch (format) {
            case "hcl" -> out.print(NomadHcl.render(spec));
            case "json" -> out.print(NomadJson.render(spec));
            default -> throw new IllegalArgumentException("--format must be hcl or json");
        }
        out.flush();
        return 0;
    }

    /** The job the options describe, names defaulting to the pot's. */
    private NomadJob job() {
        String jobName = job != null ? job : NomadJob.forImage(image, pot, tag).job();
        return new NomadJob(
                jobName,
                datacenters,
                group != null ? group : jobName,
                count,
                task != null ? task : jobName,
                image,
                pot,
                tag,
                Optional.ofNullable(command),
                args,
                networkMode,
                ports(),
                copy,
                mount,
                mountReadOnly,
                extraHosts,
                attributes,
                cpu,
                memory);
    }

    private Map<String, String> ports() {
        Map<String, String> ports = new LinkedHashMap<>();
        for (String entry : portMap) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--port-map " + entry + " is not LABEL=PORT (e.g. http=80)");
            }
            ports.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return ports;
    }
}
