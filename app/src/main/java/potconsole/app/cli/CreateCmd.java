package potconsole.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.CreateCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.model.NetworkStack;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotType;

@Command(name = "create", description = "Create a pot (single by default: only single pots can become images).")
final class CreateCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Letters, digits, '_' and '-'.")
    String name;

    @Option(
            names = {"-b", "--base"},
            description = "Base (release) such as 13.2.")
    String base;

    @Option(
            names = {"-P", "--reference"},
            description = "Reference pot to copy instead of a base.")
    String potBase;

    @Option(
            names = {"-t", "--type"},
            defaultValue = "single",
            description = "single or multi. Default: ${DEFAULT-VALUE}")
    String type;

    @Option(
            names = {"-l", "--level"},
            description = "Level of a multi pot: 0, 1 or 2.")
    Integer level;

    @Option(
            names = {"-N", "--network"},
            defaultValue = "inherit",
            description = "inherit, alias, public-bridge or private-bridge. Default: ${DEFAULT-VALUE}")
    String network;

    @Option(
            names = {"-i", "--ip"},
            description = "IP address (or auto for bridges); repeat for alias.")
    List<String> ips = new ArrayList<>();

    @Option(
            names = {"-B", "--bridge"},
            description = "Private bridge name.")
    String bridge;

    @Option(
            names = {"-S", "--stack"},
            description = "ipv4, ipv6 or dual.")
    String stack;

    @Option(
            names = {"-d", "--dns"},
            description = "inherit, pot, off or custom:FILE.")
    String dns;

    @Option(
            names = {"-f", "--flavour"},
            description = "Flavour, applied in the order given; repeat for more.")
    List<String> flavours = new ArrayList<>();

    @Option(
            names = {"-k", "--keep"},
            description = "Keep the pot if a flavour fails.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        PotType potType = switch (type) {
            case "single" -> PotType.SINGLE;
            case "multi" -> PotType.MULTI;
            default -> throw new InvalidArgumentException("type must be single or multi");
        };
        NetworkType net = NetworkType.parse(network)
                .orElseThrow(() -> new InvalidArgumentException(
                        "network must be inherit, alias, public-bridge or private-bridge"));
        Optional<NetworkStack> st = Optional.ofNullable(stack)
                .map(s -> NetworkStack.parse(s)
                        .orElseThrow(() -> new InvalidArgumentException("stack must be ipv4, ipv6 or dual")));
        CreateCommand command = new CreateCommand(
                name,
                potType,
                Optional.ofNullable(level),
                Optional.ofNullable(base),
                Optional.ofNullable(potBase),
                new NetworkOptions(Optional.of(net), ips, Optional.ofNullable(bridge), st, Optional.ofNullable(dns)),
                flavours,
                keep);
        spec.commandLine().getErr().println("running: " + command.display());
        root.service().job(command).run(Jobs.printing(spec));
        return 0;
    }
}
