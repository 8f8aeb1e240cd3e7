package potconsole.engine.command;

import java.util.List;

/**
 * {@code pot set-cmd -p pot -c cmd}. pot strips one leading and one trailing {@code "}; a command that itself starts
 * or ends with a quote is wrapped in one more pair so it is stored exactly as given.
 */
public record SetCmdCommand(String pot, String command) implements PotCommand {
    public SetCmdCommand {
        Validate.existingPotName(pot);
        Validate.requireNonEmpty(command, "The command");
        Validate.rejectNewline(command, "The command");
    }

    public String subcommand() {
        return "set-cmd";
    }

    public List<String> arguments() {
        boolean wrap = command.startsWith("\"") || command.endsWith("\"");
        return Args.of()
                .opt("-p", pot)
                .opt("-c", wrap ? "\"" + command + "\"" : command)
                .build();
    }
}
