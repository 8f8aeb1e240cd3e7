package potconsole.engine.command;

import java.util.List;

/** {@code pot snapshot [-r] -p pot | -f fscomp}: stopped pots only; {@code -r} first drops the oldest. */
public record SnapshotCommand(SnapshotTarget target, boolean rotate) implements PotCommand {
    public static SnapshotCommand of(String pot) {
        return new SnapshotCommand(SnapshotTarget.pot(pot), false);
    }

    public String subcommand() {
        return "snapshot";
    }

    public List<String> arguments() {
        return Args.of().flag("-r", rotate).addAll(target.args()).build();
    }
}
