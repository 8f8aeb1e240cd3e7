package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/** {@code pot set-hook -p pot [-s prestart] [-S poststart] [-t prestop] [-T poststop]}: executable host files. */
public record SetHookCommand(
        String pot,
        Optional<String> preStart,
        Optional<String> postStart,
        Optional<String> preStop,
        Optional<String> postStop)
        implements PotCommand {
    public SetHookCommand {
        Validate.existingPotName(pot);
        for (Optional<String> hook : List.of(preStart, postStart, preStop, postStop)) {
            hook.ifPresent(h -> Validate.absolutePath(h, "A hook script"));
        }
        if (preStart.isEmpty() && postStart.isEmpty() && preStop.isEmpty() && postStop.isEmpty()) {
            throw new InvalidArgumentException("Give at least one hook script");
        }
    }

    public String subcommand() {
        return "set-hook";
    }

    public List<String> arguments() {
        return Args.of()
                .opt("-p", pot)
                .opt("-s", preStart)
                .opt("-S", postStart)
                .opt("-t", preStop)
                .opt("-T", postStop)
                .build();
    }
}
