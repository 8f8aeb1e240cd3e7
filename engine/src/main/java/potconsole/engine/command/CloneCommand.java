package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/**
 * {@code pot clone -p new -P source [-s snap | -F] [network] [-f flavour]… [-k]}: global lock. A clone stays
 * dependent on the source snapshot (ZFS origin).
 */
public record CloneCommand(
        String name,
        String source,
        Optional<String> snapshot,
        boolean snapshotOnTheFly,
        NetworkOptions network,
        List<String> flavours,
        boolean keepOnFailure)
        implements PotCommand {
    public CloneCommand {
        Validate.potName(name);
        Validate.existingPotName(source);
        snapshot.ifPresent(Validate::snapshotName);
        flavours = List.copyOf(flavours);
        flavours.forEach(f -> Validate.simpleName(f, "Flavour name"));
        if (snapshot.isPresent() && snapshotOnTheFly) {
            throw new InvalidArgumentException("Choose a snapshot (-s) or take one on the fly (-F), not both");
        }
        if (name.equals(source)) {
            throw new InvalidArgumentException("The clone needs a name of its own");
        }
    }

    public static CloneCommand of(String name, String source) {
        return new CloneCommand(name, source, Optional.empty(), false, NetworkOptions.none(), List.of(), false);
    }

    public String subcommand() {
        return "clone";
    }

    public List<String> arguments() {
        Args a = Args.of().opt("-p", name).opt("-P", source).opt("-s", snapshot).flag("-F", snapshotOnTheFly);
        network.appendTo(a);
        return a.each("-f", flavours).flag("-k", keepOnFailure).build();
    }

    public boolean takesGlobalLock() {
        return true;
    }

    public boolean mayBlock() {
        return true;
    }
}
