package potconsole.engine.command;

import java.util.List;
import java.util.Set;

/** {@code pot config [-q] -g <name>}: only seven names can be queried (pot-spec §3.1). */
public record ConfigCommand(String name, boolean quiet) implements ReadOnlyPotCommand {
    public static final Set<String> NAMES =
            Set.of("fs_root", "zfs_root", "gateway", "syslogd", "pot_prefix", "fscomp_prefix", "network_stack");

    public ConfigCommand {
        if (!NAMES.contains(name)) {
            throw new InvalidArgumentException("pot config can only show "
                    + String.join(", ", NAMES.stream().sorted().toList()) + "; '" + name + "' is not one of them");
        }
    }

    public String subcommand() {
        return "config";
    }

    public List<String> arguments() {
        return Args.of().flag("-q", quiet).opt("-g", name).build();
    }
}
