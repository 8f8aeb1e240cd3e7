package potconsole.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.ListCommand;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.command.PrepareCommand;
import potconsole.engine.model.NetworkStack;
import potconsole.engine.model.NetworkType;

/**
 * {@code pot prepare} with pot's own flags: import once per host, clone as {@code <name>_<aID>}, set the command and
 * the orchestrator attributes, export ports, start with {@code -s}. pot's output streams as it comes; the new pot is
 * then looked for on the host.
 */
@Command(
        name = "prepare",
        description = "Run an image: import it once per host, clone it as NAME_AID with a command, ports and"
                + " network, and with -s start it (pot prepare, what the Nomad driver runs).")
final class PrepareCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "-U", required = true, paramLabel = "URL", description = "Base URL of the image directory.")
    String url;

    @Option(names = "-p", required = true, paramLabel = "POT", description = "The image's pot name.")
    String pot;

    @Option(names = "-t", required = true, paramLabel = "TAG", description = "The image's tag.")
    String tag;

    @Option(names = "-a", required = true, paramLabel = "AID", description = "Allocation id (suffix of the name).")
    String allocation;

    @Option(names = "-n", paramLabel = "NAME", description = "Name of the new pot (default POT_TAG), before _AID.")
    String name;

    @Option(names = "-c", paramLabel = "CMD", description = "The command line the pot runs.")
    String command;

    @Option(
            names = "-N",
            paramLabel = "TYPE",
            description = "Network type: inherit, alias, public-bridge," + " private-bridge.")
    String network;

    @Option(names = "-i", paramLabel = "IP", description = "IP address, or auto (repeatable).")
    List<String> ips = new ArrayList<>();

    @Option(names = "-B", paramLabel = "BRIDGE", description = "Private bridge (with -N private-bridge).")
    String bridge;

    @Option(names = "-S", paramLabel = "STACK", description = "ipv4, ipv6 or dual.")
    String stack;

    @Option(names = "-d", paramLabel = "DNS", description = "inherit, pot, off or custom:/file.")
    String dns;

    @Option(names = "-e", paramLabel = "PORT", description = "[proto:]port[:pot_port] to export (repeatable).")
    List<String> ports = new ArrayList<>();

    @Option(names = "-C", paramLabel = "PUBKEY", description = "signify public key on the host.")
    String publicKey;

    @Option(names = "-s", description = "Start the pot at the end (blocks while its command runs).")
    boolean start;

    @Option(names = "-v", description = "pot's verbose output.")
    boolean verbose;

    private static NetworkType type(String value) {
        return NetworkType.parse(value)
                .orElseThrow(() -> new InvalidArgumentException(
                        "-N must be inherit, alias, public-bridge or private-bridge (host means inherit)"));
    }

    private static NetworkStack stack(String value) {
        return NetworkStack.parse(value)
                .orElseThrow(() -> new InvalidArgumentException("-S must be ipv4, ipv6 or dual"));
    }

    @Override
    public Integer call() throws Exception {
        NetworkOptions net = new NetworkOptions(
                Optional.ofNullable(network)
                        .map(n -> n.equals("host") ? "inherit" : n)
                        .map(PrepareCmd::type),
                ips,
                Optional.ofNullable(bridge),
                Optional.ofNullable(stack).map(PrepareCmd::stack),
                Optional.ofNullable(dns));
        PrepareCommand prepare = new PrepareCommand(
                url,
                pot,
                tag,
                allocation,
                Optional.ofNullable(name),
                Optional.ofNullable(command),
                net,
                ports,
                Optional.ofNullable(publicKey),
                start,
                verbose);
        root.service().job(prepare).run(Jobs.printing(spec));
        if (!root.service().names(ListCommand.Kind.POTS).contains(prepare.newPotName())) {
            spec.commandLine()
                    .getErr()
                    .println("potctl: pot prepare exited 0, but there is no pot " + prepare.newPotName()
                            + " on the host");
            return PotCtl.POT_FAILED;
        }
        spec.commandLine().getErr().println("potctl: prepared " + prepare.newPotName());
        return 0;
    }
}
