package potconsole.app.dialog;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A command being filled in on a form: the command its fields make, or what is wrong with them in pot's words. The
 * command records validate when constructed, so their {@link IllegalArgumentException} is the problem to show.
 */
public record CommandDraft<C>(Optional<C> command, String problem) {
    public static <C> CommandDraft<C> of(C command) {
        return new CommandDraft<>(Optional.of(command), "");
    }

    public static <C> CommandDraft<C> wrong(String problem) {
        return new CommandDraft<>(Optional.empty(), problem);
    }

    /** Runs {@code build}; a command it cannot make becomes the problem. */
    public static <C> CommandDraft<C> build(Supplier<C> build) {
        try {
            return of(build.get());
        } catch (IllegalArgumentException e) {
            return wrong(e.getMessage());
        }
    }
}
