package potconsole.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.CloneCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.model.NetworkStack;
import potconsole.engine.model.NetworkType;

@Command(name = "clone", description = "Clone a pot from one of its snapshots (pot clone): potctl clone NEW -P SOURCE.")
final class CloneCmd extends PotVerb {
    @Option(names = "-P", required = true, paramLabel = "SOURCE", description = "The pot to clone.")
    String source;

    @Option(names = "-s", paramLabel = "SNAPSHOT", description = "Which snapshot (default: the latest).")
    String snapshot;

    @Option(names = "-F", description = "Take a snapshot of the source first.")
    boolean snapshotFirst;

    @Option(names = "-N", paramLabel = "TYPE", description = "inherit, alias, public-bridge or private-bridge.")
    String network;

    @Option(names = "-i", paramLabel = "IP", description = "IP address (or auto for bridges); repeat for alias.")
    List<String> ips = new ArrayList<>();

    @Option(names = "-B", paramLabel = "BRIDGE", description = "Private bridge name.")
    String bridge;

    @Option(names = "-S", paramLabel = "STACK", description = "ipv4, ipv6 or dual.")
    String stack;

    @Option(names = "-d", paramLabel = "DNS", description = "inherit, pot, off or custom:FILE.")
    String dns;

    @Option(names = "-f", paramLabel = "FLAVOUR", description = "Flavour to apply; repeat for more.")
    List<String> flavours = new ArrayList<>();

    @Option(names = "-k", description = "Keep the clone if a flavour fails.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        Optional<NetworkType> net = Optional.ofNullable(network)
                .map(n -> NetworkType.parse(n)
                        .orElseThrow(() -> new InvalidArgumentException(
                                "network must be inherit, alias, public-bridge or private-bridge")));
        Optional<NetworkStack> st = Optional.ofNullable(stack)
                .map(s -> NetworkStack.parse(s)
                        .orElseThrow(() -> new InvalidArgumentException("stack must be ipv4, ipv6 or dual")));
        CloneCommand command = new CloneCommand(
                pot(),
                source,
                Optional.ofNullable(snapshot),
                snapshotFirst,
                new NetworkOptions(net, ips, Optional.ofNullable(bridge), st, Optional.ofNullable(dns)),
                flavours,
                keep);
        root.service().job(command).run(Jobs.printing(spec));
        return 0;
    }
}
