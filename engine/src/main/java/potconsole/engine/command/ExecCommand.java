package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/** {@code pot exec [-e VAR=val]… [-U user] [-d] [-t] -p pot CMD [ARGS…]}: returns the command's own status. */
public record ExecCommand(
        String pot, List<String> command, List<String> env, Optional<String> potUser, boolean detach, boolean tty)
        implements PotCommand {
    public ExecCommand {
        Validate.existingPotName(pot);
        command = List.copyOf(command);
        env = List.copyOf(env);
        if (command.isEmpty() || command.get(0).isEmpty()) {
            throw new InvalidArgumentException("Give the command to run inside the pot");
        }
        env.forEach(Validate::envAssignment);
        potUser.ifPresent(u -> Validate.simpleName(u, "User name"));
    }

    public static ExecCommand of(String pot, String... command) {
        return new ExecCommand(pot, List.of(command), List.of(), Optional.empty(), false, false);
    }

    public String subcommand() {
        return "exec";
    }

    public List<String> arguments() {
        return Args.of()
                .each("-e", env)
                .opt("-U", potUser)
                .flag("-d", detach)
                .flag("-t", tty)
                .opt("-p", pot)
                .addAll(command)
                .build();
    }

    public boolean mayBlock() {
        return true;
    }
}
