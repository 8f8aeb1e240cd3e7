package potconsole.engine.ascode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.exec.ShellQuote;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.EnvVar;
import potconsole.engine.model.FscompEntry;
import potconsole.engine.model.Network;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.Pot;
import potconsole.engine.secret.Secrets;

/**
 * A pot's configuration as code (pot-spec §6): a flavour {@code NAME-as-code} with the lines pot accepts in a command
 * file (set-attribute, set-rss, set-env, export-ports, add-dep, mount-in), the set-cmd in a flavour of its own
 * ({@code NAME-as-code-cmd}) applied last as the seed guide advises, and the {@code pot create} line for what a flavour
 * cannot set (name, base, type, network, IP, bridge, stack, dns). Env values whose names look secret are left out
 * unless asked for; what no flavour can carry (set-hosts, set-hook, values with spaces: pot splits lines on white
 * space without quoting) goes into {@code after}, as plain commands to run once the pot exists.
 */
public final class PotAsCode {
    /** The generated files and lines; {@code notes} say what was masked or cannot be expressed and why. */
    public record Result(
            String flavourName,
            String flavour,
            Optional<String> cmdFlavour,
            String create,
            List<String> after,
            List<String> notes) {
        public Result {
            after = List.copyOf(after);
            notes = List.copyOf(notes);
        }

        public String cmdFlavourName() {
            return flavourName + "-cmd";
        }

        /** The plain {@code pot} command sequence: create with the flavours, then what they cannot carry. */
        public String script() {
            List<String> lines = new ArrayList<>(List.of("#!/bin/sh", "set -e"));
            lines.add(create);
            lines.addAll(after);
            return String.join("\n", lines) + "\n";
        }
    }

    private PotAsCode() {}

    public static Result of(Pot pot, boolean includeSecrets) {
        String name = pot.name() + "-as-code";
        List<String> lines = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        attributes(pot, lines);
        pot.resources().cpus().ifPresent(c -> lines.add("set-rss -C " + c));
        pot.resources().memory().ifPresent(m -> lines.add("set-rss -M " + m));
        env(pot, includeSecrets, lines, after, notes);
        if (!pot.exportedPorts().isEmpty()) {
            lines.add("export-ports "
                    + String.join(
                            " ",
                            pot.exportedPorts().stream()
                                    .map(p -> "-e " + p.spec())
                                    .toList()));
        }
        pot.dependencies().forEach(d -> lines.add("add-dep -P " + d));
        userMounts(pot).forEach(m -> lines.add(mountIn(m)));
        pot.hosts()
                .forEach(h -> after.add(
                        ShellQuote.join(List.of("pot", "set-hosts", "-p", pot.name(), "-H", h.setHostsArg()))));
        if (!pot.hooks().isEmpty()) {
            notes.add("hooks " + pot.hooks() + " are scripts in the pot's conf/; set them again with pot set-hook");
        }
        Optional<String> cmd = pot.cmd().map(c -> "set-cmd -c " + c + "\n");
        String create = create(pot, name, cmd.isPresent());
        return new Result(name, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", cmd, create, after, notes);
    }

    /** Attributes whose stored value differs from what {@code pot create} writes. */
    private static void attributes(Pot pot, List<String> lines) {
        for (Attribute a : Attribute.values()) {
            String stored = pot.attributes().get(a);
            if (stored == null
                    || a.isReadOnly()
                    || stored.equals(a.valueAtCreate().orElse(null))) {
                continue;
            }
            lines.add("set-attribute -A " + a.potName() + " -V " + stored);
        }
    }

    private static void env(
            Pot pot, boolean includeSecrets, List<String> lines, List<String> after, List<String> notes) {
        for (EnvVar e : pot.env()) {
            boolean secret = Secrets.standard().isSecretName(e.name());
            if (secret && !includeSecrets) {
                notes.add(e.name() + " looks secret and was left out; add it back with: pot set-env -p " + pot.name()
                        + " -E '" + e.name() + "=…'");
            } else if (e.assignment().matches("\\S+")) {
                lines.add("set-env -E " + e.assignment());
            } else {
                // pot splits flavour lines on white space, with no quoting: such a value cannot be in a flavour.
                after.add(ShellQuote.join(List.of("pot", "set-env", "-p", pot.name(), "-E", e.assignment())));
                notes.add(e.name() + " has white space in its value: set after create (pot splits flavour lines)");
            }
            if (secret && includeSecrets) {
                notes.add(e.name() + " looks secret and its value is included: keep this file private");
            }
        }
    }

    /**
     * The mounts a person added: a multi pot's fscomp.conf also lists its base and its own datasets, which
     * {@code pot create} writes itself.
     */
    static List<FscompEntry> userMounts(Pot pot) {
        return pot.fscomps().stream()
                .filter(m -> !m.source().contains("/bases/") && !m.source().contains("/jails/" + pot.name() + "/"))
                .toList();
    }

    private static String mountIn(FscompEntry m) {
        String source = m.source();
        String from;
        if (source.startsWith("/")) {
            from = "-d " + source;
        } else if (source.contains("/fscomp/")) {
            from = "-f " + source.substring(source.lastIndexOf('/') + 1);
        } else {
            from = "-z " + source;
        }
        String option = switch (m.option()) {
            case RO -> " -r";
            case ZFS_REMOUNT -> " -w";
            case RW -> "";
        };
        return "mount-in " + from + " -m " + m.mountPoint() + option;
    }

    private static String create(Pot pot, String flavour, boolean hasCmd) {
        List<String> argv = new ArrayList<>(List.of("pot", "create", "-p", pot.name()));
        pot.base().ifPresent(b -> argv.addAll(List.of("-b", b)));
        argv.addAll(List.of("-t", pot.type().potValue()));
        Network n = pot.network();
        argv.addAll(List.of("-N", n.type().potValue()));
        if (n.type() == NetworkType.ALIAS) {
            n.ips().forEach(ip -> argv.addAll(List.of("-i", ip)));
        } else if (n.type() == NetworkType.PRIVATE_BRIDGE) {
            n.bridge().ifPresent(b -> argv.addAll(List.of("-B", b)));
        }
        n.stack().ifPresent(s -> argv.addAll(List.of("-S", s.potValue())));
        if (!pot.dns().equals("inherit")) {
            argv.addAll(List.of("-d", pot.dns()));
        }
        argv.addAll(List.of("-f", flavour));
        if (hasCmd) {
            argv.addAll(List.of("-f", flavour + "-cmd"));
        }
        return ShellQuote.join(argv);
    }
}
