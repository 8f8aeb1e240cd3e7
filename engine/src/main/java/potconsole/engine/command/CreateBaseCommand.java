package potconsole.engine.command;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code pot create-base -r release [-b name]}: fetches base.txz, builds the base and its level-0 pot. */
public record CreateBaseCommand(String release, Optional<String> name) implements PotCommand {
    private static final Pattern RELEASE = Pattern.compile("[0-9]+\\.[0-9]+(-RC[0-9]+|-BETA[0-9]+)?");

    public CreateBaseCommand {
        if (!RELEASE.matcher(release).matches()) {
            throw new InvalidArgumentException("'" + release + "' is not a FreeBSD release such as 13.2 or 14.0-RC3");
        }
        name.ifPresent(n -> Validate.simpleName(n, "Base name"));
    }

    public String subcommand() {
        return "create-base";
    }

    public List<String> arguments() {
        return Args.of().opt("-r", release).opt("-b", name).build();
    }

    public boolean mayBlock() {
        return true;
    }
}
