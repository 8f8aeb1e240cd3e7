package potconsole.engine.command;

import java.util.List;

/** {@code pot create-fscomp -f name}: an existing one is only an info line, exit 0. */
public record CreateFscompCommand(String name) implements PotCommand {
    public CreateFscompCommand {
        Validate.simpleName(name, "Fscomp name");
    }

    public String subcommand() {
        return "create-fscomp";
    }

    public List<String> arguments() {
        return Args.of().opt("-f", name).build();
    }
}
