package potconsole.app.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.ExportPortsCommand;
import potconsole.engine.model.PortMapping;

@Command(name = "export-ports", description = "Replace the ports a pot exports (pot export-ports).")
final class ExportPortsCmd extends PotVerb {
    @Option(
            names = "-e",
            required = true,
            paramLabel = "[tcp:|udp:]PORT[:HOST_PORT]",
            description = "A port; repeat for more.")
    List<String> ports;

    @Override
    public Integer call() {
        List<PortMapping> parsed = ports.stream().map(PortMapping::parse).toList();
        return done(root.service().execute(new ExportPortsCommand(pot(), parsed)));
    }
}
