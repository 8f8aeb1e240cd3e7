package potconsole.engine.command;

import java.util.List;

/**
 * {@code pot destroy [-F] [-r] [-q] -p pot | -b base | -f fscomp | -B bridge}. {@code -F} stops a running pot
 * first; {@code -r} also destroys the pots based on it.
 */
public record DestroyCommand(Target target, String name, boolean force, boolean recursive, boolean quiet)
        implements PotCommand {
    public enum Target {
        POT("-p"),
        BASE("-b"),
        FSCOMP("-f"),
        BRIDGE("-B");

        private final String flag;

        Target(String flag) {
            this.flag = flag;
        }
    }

    public DestroyCommand {
        if (target == Target.POT) {
            Validate.existingPotName(name);
        } else {
            Validate.simpleName(
                    name, target.name().charAt(0) + target.name().substring(1).toLowerCase() + " name");
        }
    }

    public static DestroyCommand pot(String name) {
        return new DestroyCommand(Target.POT, name, false, false, false);
    }

    public String subcommand() {
        return "destroy";
    }

    public List<String> arguments() {
        return Args.of()
                .flag("-F", force)
                .flag("-r", recursive)
                .flag("-q", quiet)
                .opt(target.flag, name)
                .build();
    }
}
