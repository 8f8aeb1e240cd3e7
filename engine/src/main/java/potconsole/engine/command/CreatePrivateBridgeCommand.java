package potconsole.engine.command;

import java.util.List;

/** {@code pot create-private-bridge -B name -S hosts}: global lock; potnet picks the subnet. */
public record CreatePrivateBridgeCommand(String name, int hosts) implements PotCommand {
    public CreatePrivateBridgeCommand {
        Validate.simpleName(name, "Bridge name");
        if (hosts < 1 || hosts > 65_000) {
            throw new InvalidArgumentException("A private bridge holds between 1 and 65000 hosts, not " + hosts);
        }
    }

    public String subcommand() {
        return "create-private-bridge";
    }

    public List<String> arguments() {
        return Args.of().opt("-B", name).opt("-S", String.valueOf(hosts)).build();
    }

    public boolean takesGlobalLock() {
        return true;
    }
}
