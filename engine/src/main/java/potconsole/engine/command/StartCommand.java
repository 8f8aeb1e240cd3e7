package potconsole.engine.command;

import java.util.List;

/**
 * {@code pot start [-s] pot}. Blocks until the pot's command returns: for non-persistent pots the whole lifetime of
 * the application (pot-spec §0.3). Exit 125 = the application failed (§0.12).
 */
public record StartCommand(String pot, boolean snapshotFirst) implements PotCommand {
    public StartCommand {
        Validate.existingPotName(pot);
    }

    public static StartCommand of(String pot) {
        return new StartCommand(pot, false);
    }

    public String subcommand() {
        return "start";
    }

    public List<String> arguments() {
        return Args.of().flag("-s", snapshotFirst).add(pot).build();
    }

    public boolean mayBlock() {
        return true;
    }
}
