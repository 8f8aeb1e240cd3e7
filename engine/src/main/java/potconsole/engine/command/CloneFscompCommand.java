package potconsole.engine.command;

import java.util.List;

/**
 * {@code pot clone-fscomp -f new -F source}: a ZFS clone of the source fscomp's latest snapshot; pot refuses when the
 * source has none ("… has no snapshots - please take one", transcript 123).
 */
public record CloneFscompCommand(String name, String source) implements PotCommand {
    public CloneFscompCommand {
        Validate.simpleName(name, "Fscomp name");
        Validate.simpleName(source, "Source fscomp name");
        if (name.equals(source)) {
            throw new InvalidArgumentException("The clone needs a name of its own");
        }
    }

    public String subcommand() {
        return "clone-fscomp";
    }

    public List<String> arguments() {
        return Args.of().opt("-F", source).opt("-f", name).build();
    }
}
