package potconsole.app.pots;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import potconsole.engine.command.AddDepCommand;
import potconsole.engine.command.CopyInCommand;
import potconsole.engine.command.ExportPortsCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.MountInCommand;
import potconsole.engine.command.PotCommand;
import potconsole.engine.command.SetAttrCommand;
import potconsole.engine.command.SetCmdCommand;
import potconsole.engine.command.SetEnvCommand;
import potconsole.engine.command.SetHostsCommand;
import potconsole.engine.command.SetRssCommand;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.EtcHostsEntry;
import potconsole.engine.model.PortMapping;

/**
 * The details' edits as commands for a pot, from what was typed: the one place each is built, both to send it and to
 * mark a field the engine's command record refuses before anything is sent.
 */
public final class DetailCommands {
    /** A host directory and a mount point the rules accept, to check the other field of a pair on its own. */
    static final String ANY_PATH = "/tmp";

    private DetailCommands() {}

    public static Function<String, PotCommand> attribute(Attribute attribute, String value) {
        return pot -> new SetAttrCommand(pot, attribute, value);
    }

    public static Function<String, PotCommand> command(String command) {
        return pot -> new SetCmdCommand(pot, command);
    }

    public static Function<String, PotCommand> resources(String cpus, String memory) {
        return pot -> new SetRssCommand(
                pot,
                cpus.isBlank() ? Optional.empty() : Optional.of(parseInt(cpus, "CPUs")),
                memory.isBlank() ? Optional.empty() : Optional.of(memory.strip()));
    }

    public static Function<String, PotCommand> environment(List<String> assignments) {
        return pot -> new SetEnvCommand(pot, assignments);
    }

    /** Lines {@code hostname IP} or {@code hostname:IP}. */
    public static Function<String, PotCommand> hosts(List<String> lines) {
        return pot -> {
            List<EtcHostsEntry> entries = new ArrayList<>();
            for (String l : lines) {
                String[] f = l.strip().split("[\\s:]+", 2);
                if (f.length != 2) {
                    throw new InvalidArgumentException("'" + l + "' is not 'hostname IP'");
                }
                entries.add(new EtcHostsEntry(f[1], f[0]));
            }
            return new SetHostsCommand(pot, entries);
        };
    }

    /** Specs {@code [tcp:|udp:]POT_PORT[:HOST_PORT]}, separated by spaces. */
    public static Function<String, PotCommand> ports(String specs) {
        return pot -> {
            List<PortMapping> ports = new ArrayList<>();
            for (String s : specs.strip().split("\\s+")) {
                if (!s.isEmpty()) {
                    ports.add(PortMapping.parse(s));
                }
            }
            return new ExportPortsCommand(pot, ports);
        };
    }

    public static Function<String, PotCommand> dependency(String other) {
        return pot -> new AddDepCommand(pot, other.strip());
    }

    public static Function<String, PotCommand> mount(String hostDir, String mountPoint, boolean readOnly) {
        return pot -> new MountInCommand(
                pot, mountPoint.strip(), MountInCommand.Source.DIRECTORY, hostDir.strip(), readOnly, false);
    }

    public static Function<String, PotCommand> copyIn(String source, String destination, boolean force) {
        return pot -> new CopyInCommand(pot, source.strip(), destination.strip(), force, true);
    }

    private static int parseInt(String v, String what) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(what + " must be a whole number, not '" + v + "'");
        }
    }
}
