package potconsole.engine.command;

import java.util.List;

/** {@code pot version [-q]}: works even without POT_FS_ROOT. */
public record VersionCommand(boolean quiet) implements ReadOnlyPotCommand {
    public String subcommand() {
        return "version";
    }

    public List<String> arguments() {
        return Args.of().flag("-q", quiet).build();
    }
}
