package potconsole.engine.nomad;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Nomad job with one group and one {@code pot} task, its config named as the driver names it: {@code image} (the
 * registry's base URL), {@code pot}, {@code tag}, {@code command}, {@code args}, {@code network_mode},
 * {@code port_map} (label → port inside the pot), {@code copy}, {@code mount}, {@code mount_read_only},
 * {@code extra_hosts}, {@code attributes}; plus the job's names, datacenters, count, resources and the network
 * block with one dynamic port per {@code port_map} label.
 */
public record NomadJob(
        String job,
        List<String> datacenters,
        String group,
        int count,
        String task,
        String image,
        String pot,
        String tag,
        Optional<String> command,
        List<String> args,
        String networkMode,
        Map<String, String> portMap,
        List<String> copy,
        List<String> mount,
        List<String> mountReadOnly,
        List<String> extraHosts,
        List<String> attributes,
        int cpuMhz,
        int memoryMb) {

    public static final String PUBLIC_BRIDGE = "public-bridge";
    public static final String HOST = "host";

    public NomadJob {
        datacenters = List.copyOf(datacenters);
        args = List.copyOf(args);
        portMap = Collections.unmodifiableMap(new LinkedHashMap<>(portMap));
        copy = List.copyOf(copy);
        mount = List.copyOf(mount);
        mountReadOnly = List.copyOf(mountReadOnly);
        extraHosts = List.copyOf(extraHosts);
        attributes = List.copyOf(attributes);
    }

    /** A job for an image with the usual defaults: names from the pot, dc1, one instance, 200 MHz, 64 MB. */
    public static NomadJob forImage(String image, String pot, String tag) {
        String name = pot.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return new NomadJob(
                name,
                List.of("dc1"),
                name,
                1,
                name,
                image,
                pot,
                tag,
                Optional.empty(),
                List.of(),
                PUBLIC_BRIDGE,
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                200,
                64);
    }

    public NomadJob withCommand(Optional<String> command, List<String> args) {
        return withTaskConfig(command, args, portMap);
    }

    public NomadJob withPortMap(Map<String, String> ports) {
        return withTaskConfig(command, args, ports);
    }

    /** A copy with other task settings; every field is listed only here. */
    private NomadJob withTaskConfig(Optional<String> command, List<String> args, Map<String, String> portMap) {
        return new NomadJob(
                job,
                datacenters,
                group,
                count,
                task,
                image,
                pot,
                tag,
                command,
                args,
                networkMode,
                portMap,
                copy,
                mount,
                mountReadOnly,
                extraHosts,
                attributes,
                cpuMhz,
                memoryMb);
    }

    /**
     * Splits a command line into the driver's {@code command} and {@code args}: words at blanks outside quotes,
     * quotes kept, because the driver joins them with spaces into {@code pot.cmd} ({@code nginx -g 'daemon off;'}
     * → {@code nginx}, {@code [-g, 'daemon off;']}).
     */
    public static List<String> splitKeepingQuotes(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char ch : line.toCharArray()) {
            if (quote != 0) {
                cur.append(ch);
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                cur.append(ch);
            } else if (Character.isWhitespace(ch)) {
                if (cur.length() > 0) {
                    words.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(ch);
            }
        }
        if (cur.length() > 0) {
            words.add(cur.toString());
        }
        return words;
    }
}
