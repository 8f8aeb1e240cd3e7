package potconsole.engine.nomad;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import potconsole.engine.command.Validate;
import potconsole.engine.model.Attribute;

/** Checks a job before it is shown as valid: what the driver needs, and the mistakes people make writing it by hand. */
public final class NomadJobCheck {
    /** One problem: the field as the driver or Nomad names it, and what to do. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private NomadJobCheck() {}

    public static List<Problem> problems(NomadJob job) {
        List<Problem> p = new ArrayList<>();
        name(p, "job", job.job());
        name(p, "group", job.group());
        name(p, "task", job.task());
        if (job.datacenters().isEmpty()) {
            p.add(new Problem("datacenters", "name at least one datacenter, e.g. dc1"));
        }
        if (job.count() < 1) {
            p.add(new Problem("count", "run at least one instance"));
        }
        image(p, job);
        imageName(p, job);
        command(p, job);
        if (!job.networkMode().equals(NomadJob.PUBLIC_BRIDGE)
                && !job.networkMode().equals(NomadJob.HOST)) {
            p.add(new Problem(
                    "network_mode", "use public-bridge or host (host means the pot shares the host's network)"));
        }
        portMap(p, job);
        pairs(p, "copy", job.copy(), "SOURCE-ON-HOST:DESTINATION-IN-POT");
        pairs(p, "mount", job.mount(), "HOST-DIR:MOUNT-POINT");
        pairs(p, "mount_read_only", job.mountReadOnly(), "HOST-DIR:MOUNT-POINT");
        extraHosts(p, job);
        attributes(p, job);
        if (job.cpuMhz() < 1) {
            p.add(new Problem("resources.cpu", "give the CPU in MHz, e.g. 200"));
        }
        if (job.memoryMb() < 1) {
            p.add(new Problem(
                    "resources.memory", "give the memory in MB, e.g. 64 (the driver sets it with set-rss -M)"));
        }
        return p;
    }

    /** The image's pot and tag, as the driver's pot prepare takes them. */
    private static void imageName(List<Problem> p, NomadJob job) {
        if (job.pot().isBlank()) {
            p.add(new Problem("pot", "name the image's pot, as in <pot>_<tag>.xz"));
        } else {
            check(p, "pot", () -> Validate.existingPotName(job.pot()));
        }
        if (job.tag().isBlank()) {
            p.add(new Problem("tag", "the image tag is missing: the driver runs pot prepare -t <tag>"));
        } else {
            check(p, "tag", () -> Validate.tag(job.tag()));
        }
    }

    private static void command(List<Problem> p, NomadJob job) {
        if (!job.args().isEmpty() && job.command().filter(c -> !c.isBlank()).isEmpty()) {
            p.add(new Problem("args", "args need a command: the driver appends them to it"));
        }
        job.command()
                .filter(c -> c.strip().contains(" "))
                .ifPresent(c -> p.add(new Problem(
                        "command", "one word only; put the rest in args: " + NomadJob.splitKeepingQuotes(c))));
    }

    private static void extraHosts(List<Problem> p, NomadJob job) {
        for (String entry : job.extraHosts()) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                p.add(new Problem("extra_hosts", "'" + entry + "' is not HOST:IP"));
            } else {
                check(
                        p,
                        "extra_hosts",
                        () -> Validate.hostEntry(entry.substring(0, colon), entry.substring(colon + 1)));
            }
        }
    }

    private static void attributes(List<Problem> p, NomadJob job) {
        for (String entry : job.attributes()) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || Attribute.byPotName(entry.substring(0, colon)).isEmpty()) {
                p.add(new Problem("attributes", "'" + entry + "' is not ATTRIBUTE:VALUE with one of pot's attributes"));
            } else {
                Attribute a = Attribute.byPotName(entry.substring(0, colon)).orElseThrow();
                check(p, "attributes", () -> Validate.attributeValue(a, entry.substring(colon + 1)));
            }
        }
    }

    /**
     * What is worth knowing but not wrong. An element of {@code args} with several words (the seed document's own
     * {@code args = ["-g 'daemon off;'"]}) works: the driver appends every element to the command with a space, so
     * pot runs the same command line either way.
     */
    public static List<Problem> notes(NomadJob job) {
        List<Problem> notes = new ArrayList<>();
        for (String arg : job.args()) {
            List<String> words = NomadJob.splitKeepingQuotes(arg);
            if (words.size() > 1) {
                notes.add(new Problem(
                        "args",
                        "'" + arg + "' holds " + words.size() + " words in one element; that works, because the"
                                + " driver appends every element to the command with a space (pot runs "
                                + job.command().filter(c -> !c.isBlank()).orElse("the command") + " " + arg
                                + " either way); one word per element says the same more plainly: "
                                + words.stream()
                                        .map(w -> "\"" + w.replace("\"", "\\\"") + "\"")
                                        .toList()));
            }
        }
        return notes;
    }

    private static void image(List<Problem> p, NomadJob job) {
        String image = job.image().strip();
        if (image.isBlank()) {
            p.add(new Problem("image", "give the registry's base URL, e.g. https://registry.example.org/pots"));
            return;
        }
        if (!image.matches("(?i)(https?|file)://.+")) {
            p.add(new Problem("image", "the registry URL must start with http://, https:// or file://"));
        }
        String file = image.replaceAll("/+$", "");
        file = file.substring(file.lastIndexOf('/') + 1);
        if (file.endsWith(".xz") || file.endsWith(".skein") || file.endsWith(".meta")) {
            p.add(new Problem(
                    "image",
                    "the URL must end in the registry's base directory, not a file: drop /" + file
                            + " (pot fetches <image>/<pot>_<tag>.xz itself)"));
        }
    }

    private static void portMap(List<Problem> p, NomadJob job) {
        for (Map.Entry<String, String> e : job.portMap().entrySet()) {
            if (!LABEL.matcher(e.getKey()).matches()) {
                p.add(new Problem("port_map", "'" + e.getKey() + "' is not a port label (letters, digits, _)"));
            }
            String port = e.getValue() == null ? "" : e.getValue().strip();
            if (port.isEmpty()) {
                p.add(new Problem("port_map", "label " + e.getKey() + " has no port: give the port inside the pot"));
            } else if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                p.add(new Problem(
                        "port_map", e.getKey() + " = \"" + port + "\" is not a port (1–65535) inside the pot"));
            }
        }
        if (!job.portMap().isEmpty() && job.networkMode().equals(NomadJob.HOST)) {
            p.add(new Problem(
                    "port_map", "ignored by the driver with network_mode = \"host\": the pot uses the host's ports"));
        }
    }

    private static void pairs(List<Problem> p, String field, List<String> entries, String shape) {
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                p.add(new Problem(field, "'" + entry + "' is not " + shape));
            } else if (!entry.substring(colon + 1).startsWith("/")) {
                p.add(new Problem(field, "'" + entry + "': the destination must be an absolute path in the pot"));
            }
        }
    }

    private static void name(List<Problem> p, String field, String value) {
        if (value.isBlank() || !NAME.matcher(value).matches()) {
            p.add(new Problem(field, "'" + value + "' is not a name: letters, digits, '.', '_', '-'"));
        }
    }

    private static void check(List<Problem> p, String field, Runnable validation) {
        try {
            validation.run();
        } catch (IllegalArgumentException e) {
            p.add(new Problem(field, e.getMessage()));
        }
    }
}
