package potconsole.engine.command;

import java.util.List;

/** {@code pot get-rss [-J] -p pot}: live usage; root, a running pot and rctl are needed. */
public record GetRssCommand(String pot, boolean json) implements PotCommand {
    public GetRssCommand {
        Validate.existingPotName(pot);
    }

    public String subcommand() {
        return "get-rss";
    }

    public List<String> arguments() {
        return Args.of().flag("-J", json).opt("-p", pot).build();
    }

    public boolean changesState() {
        return false;
    }
}
