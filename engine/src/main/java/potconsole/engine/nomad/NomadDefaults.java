package potconsole.engine.nomad;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.Pot;

/**
 * Defaults for a job from what the console knows of the image's pot: {@code pot.cmd} as command and args (the default
 * {@code sh /etc/rc} is left out, as the driver's prepare leaves it), and each exported port as a {@code port_map}
 * label.
 */
public final class NomadDefaults {
    private NomadDefaults() {}

    public static NomadJob fromPot(Pot pot, String image, String imagePot, String tag) {
        NomadJob job = NomadJob.forImage(image, imagePot, tag);
        Optional<String> cmd = pot.cmd().filter(c -> !c.isBlank() && !c.equals("sh /etc/rc"));
        if (cmd.isPresent()) {
            List<String> words = NomadJob.splitKeepingQuotes(cmd.get());
            job = job.withCommand(Optional.of(words.get(0)), words.subList(1, words.size()));
        }
        Map<String, String> ports = new LinkedHashMap<>();
        for (PortMapping p : pot.exportedPorts()) {
            ports.putIfAbsent(label(p.potPort(), ports), String.valueOf(p.potPort()));
        }
        return job.withPortMap(ports);
    }

    private static String label(int port, Map<String, String> taken) {
        String label = switch (port) {
            case 80, 8080 -> "http";
            case 443, 8443 -> "https";
            default -> "port" + port;
        };
        return taken.containsKey(label) ? label + port : label;
    }
}
