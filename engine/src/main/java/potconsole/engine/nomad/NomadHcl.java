package potconsole.engine.nomad;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The job as HCL for {@code nomad job run}, laid out like the driver's README example. */
public final class NomadHcl {
    private NomadHcl() {}

    public static String render(NomadJob job) {
        StringBuilder b = new StringBuilder();
        b.append("job ").append(str(job.job())).append(" {\n");
        b.append("  datacenters = ").append(list(job.datacenters())).append('\n');
        b.append("  type        = \"service\"\n\n");
        b.append("  group ").append(str(job.group())).append(" {\n");
        b.append("    count = ").append(job.count()).append("\n\n");
        b.append("    task ").append(str(job.task())).append(" {\n");
        b.append("      driver = \"pot\"\n\n");
        config(b, job);
        resources(b, job);
        b.append("    }\n");
        b.append("  }\n");
        b.append("}\n");
        return b.toString();
    }

    /** The driver's {@code config} block. */
    private static void config(StringBuilder b, NomadJob job) {
        b.append("      config {\n");
        String pad = "        ";
        b.append(pad).append("image        = ").append(str(job.image())).append('\n');
        b.append(pad).append("pot          = ").append(str(job.pot())).append('\n');
        b.append(pad).append("tag          = ").append(str(job.tag())).append('\n');
        job.command()
                .filter(c -> !c.isBlank())
                .ifPresent(c ->
                        b.append(pad).append("command      = ").append(str(c)).append('\n'));
        if (!job.args().isEmpty()) {
            b.append(pad).append("args         = ").append(list(job.args())).append('\n');
        }
        b.append(pad).append("network_mode = ").append(str(job.networkMode())).append('\n');
        if (!job.portMap().isEmpty()) {
            b.append(pad).append("port_map = {\n");
            for (Map.Entry<String, String> e : job.portMap().entrySet()) {
                b.append(pad)
                        .append("  ")
                        .append(e.getKey())
                        .append(" = ")
                        .append(str(e.getValue()))
                        .append('\n');
            }
            b.append(pad).append("}\n");
        }
        optionalList(b, pad, "copy", job.copy());
        optionalList(b, pad, "mount", job.mount());
        optionalList(b, pad, "mount_read_only", job.mountReadOnly());
        optionalList(b, pad, "extra_hosts", job.extraHosts());
        optionalList(b, pad, "attributes", job.attributes());
        b.append("      }\n\n");
    }

    /** The task's {@code resources}, with a port per port_map label. */
    private static void resources(StringBuilder b, NomadJob job) {
        b.append("      resources {\n");
        b.append("        cpu    = ").append(job.cpuMhz()).append('\n');
        b.append("        memory = ").append(job.memoryMb()).append('\n');
        if (!job.portMap().isEmpty()) {
            b.append("\n        network {\n");
            b.append("          mbits = 10\n");
            for (String label : job.portMap().keySet()) {
                b.append("          port ").append(str(label)).append(" {}\n");
            }
            b.append("        }\n");
        }
        b.append("      }\n");
    }

    private static void optionalList(StringBuilder b, String pad, String name, List<String> values) {
        if (!values.isEmpty()) {
            b.append(pad).append(name).append(" = ").append(list(values)).append('\n');
        }
    }

    private static String list(List<String> values) {
        return values.stream().map(NomadHcl::str).collect(Collectors.joining(", ", "[", "]"));
    }

    /** An HCL string: backslash and quote escaped, and interpolation markers doubled so they stay literal. */
    static String str(String value) {
        String escaped = value.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\n", "\\n")
                .replace("${", "$${")
                .replace("%{", "%%{");
        return "\"" + escaped + "\"";
    }
}
