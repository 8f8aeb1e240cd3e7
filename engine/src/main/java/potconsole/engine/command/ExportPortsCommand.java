package potconsole.engine.command;

import java.util.List;
import potconsole.engine.model.PortMapping;

/** {@code pot export-ports -p pot -e [tcp:|udp:]POT_PORT[:HOST_PORT]…}: replaces pot.export.ports. */
public record ExportPortsCommand(String pot, List<PortMapping> ports) implements PotCommand {
    public ExportPortsCommand {
        Validate.existingPotName(pot);
        ports = List.copyOf(ports);
        if (ports.isEmpty()) {
            throw new InvalidArgumentException("pot export-ports needs at least one port");
        }
    }

    public String subcommand() {
        return "export-ports";
    }

    public List<String> arguments() {
        return Args.of()
                .opt("-p", pot)
                .each("-e", ports.stream().map(PortMapping::spec).toList())
                .build();
    }
}
