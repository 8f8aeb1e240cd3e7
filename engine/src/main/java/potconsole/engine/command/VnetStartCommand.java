package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/**
 * {@code pot vnet-start [-B bridge]}: brings up the public (or a private) bridge, loads the {@code pot-nat} anchor and
 * enables pf (pot-spec §3.2). Start calls it itself; the doctor offers it when pf or a bridge is down.
 */
public record VnetStartCommand(Optional<String> bridge) implements PotCommand {
    public VnetStartCommand {
        bridge.ifPresent(Validate::existingPotName);
    }

    public String subcommand() {
        return "vnet-start";
    }

    public List<String> arguments() {
        return bridge.map(b -> List.of("-B", b)).orElse(List.of());
    }
}
