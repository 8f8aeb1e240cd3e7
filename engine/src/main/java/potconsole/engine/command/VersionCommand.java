package potconsole.engine.command;

import java.util.List;

/** {@code pot version [-q]}: works even without POT_FS_ROOT. */
public record VersionCommand(boolean quiet) implements PotCommand {
    public String subcommand() {
        return "version";
    }

    public List<String> arguments() {
        return Args.of().flag("-q", quiet).build();
    }

    public boolean needsRoot() {
        return false;
    }

    public boolean changesState() {
        return false;
    }
}
