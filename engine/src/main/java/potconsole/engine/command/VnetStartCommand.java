package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/**
 * {@code pot vnet-start [-B bridge]}: IP forwarding, the public (or the named private) bridge, pf's NAT anchor and
 * {@code pfctl -e} (pot-spec §3.2). {@code start} runs it for bridge pots; run by hand it checks the host's setup.
 */
public record VnetStartCommand(Optional<String> bridge) implements PotCommand {
    public VnetStartCommand {
        bridge.ifPresent(b -> Validate.simpleName(b, "Bridge name"));
    }

    public static VnetStartCommand publicBridge() {
        return new VnetStartCommand(Optional.empty());
    }

    public String subcommand() {
        return "vnet-start";
    }

    public List<String> arguments() {
        return Args.of().opt("-B", bridge).build();
    }
}
