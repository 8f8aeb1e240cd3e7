package potconsole.engine.nomad;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The job in the Nomad HTTP API's JSON format ({@code POST /v1/jobs} with {@code {"Job": …}}); the task's
 * {@code Config} keeps the driver's own field names, {@code port_map} as the list of one map its hclspec decodes.
 */
public final class NomadJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NomadJson() {}

    public static ObjectNode tree(NomadJob job) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode j = root.putObject("Job");
        j.put("ID", job.job());
        j.put("Name", job.job());
        j.put("Type", "service");
        strings(j.putArray("Datacenters"), job.datacenters());
        ObjectNode group = j.putArray("TaskGroups").addObject();
        group.put("Name", job.group());
        group.put("Count", job.count());
        ObjectNode task = group.putArray("Tasks").addObject();
        task.put("Name", job.task());
        task.put("Driver", "pot");
        config(task.putObject("Config"), job);
        resources(task.putObject("Resources"), job);
        return root;
    }

    private static void config(ObjectNode config, NomadJob job) {
        config.put("image", job.image());
        config.put("pot", job.pot());
        config.put("tag", job.tag());
        job.command().filter(c -> !c.isBlank()).ifPresent(c -> config.put("command", c));
        if (!job.args().isEmpty()) {
            strings(config.putArray("args"), job.args());
        }
        config.put("network_mode", job.networkMode());
        if (!job.portMap().isEmpty()) {
            ObjectNode ports = config.putArray("port_map").addObject();
            for (Map.Entry<String, String> e : job.portMap().entrySet()) {
                ports.put(e.getKey(), e.getValue());
            }
        }
        optional(config, "copy", job.copy());
        optional(config, "mount", job.mount());
        optional(config, "mount_read_only", job.mountReadOnly());
        optional(config, "extra_hosts", job.extraHosts());
        optional(config, "attributes", job.attributes());
    }

    private static void resources(ObjectNode resources, NomadJob job) {
        resources.put("CPU", job.cpuMhz());
        resources.put("MemoryMB", job.memoryMb());
        if (!job.portMap().isEmpty()) {
            ObjectNode network = resources.putArray("Networks").addObject();
            network.put("MBits", 10);
            ArrayNode dynamic = network.putArray("DynamicPorts");
            job.portMap().keySet().forEach(label -> dynamic.addObject().put("Label", label));
        }
    }

    public static String render(NomadJob job) {
        try {
            return JSON.writeValueAsString(tree(job)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void optional(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            strings(node.putArray(name), values);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
