package potconsole.engine.command;

import java.util.List;

/** {@code pot purge-snapshots [-a] -p pot | -f fscomp}: keep only the newest, or none with {@code -a}. */
public record PurgeSnapshotsCommand(SnapshotTarget target, boolean all) implements PotCommand {
    public String subcommand() {
        return "purge-snapshots";
    }

    public List<String> arguments() {
        return Args.of().flag("-a", all).addAll(target.args()).build();
    }

    /** The pot branch has no root check of its own (pot-spec §3.2); the fscomp branch does. */
    public boolean needsRoot() {
        return target.fscomp();
    }
}
