package potconsole.engine.command;

import java.util.List;

/** {@code pot revert -p pot | -f fscomp}: every dataset back to its latest snapshot (also pot.conf and hooks). */
public record RevertCommand(SnapshotTarget target) implements PotCommand {
    public String subcommand() {
        return "revert";
    }

    public List<String> arguments() {
        return target.args();
    }
}
