package potconsole.engine.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.command.PotCommand;
import potconsole.engine.exec.ShellQuote;

/**
 * One step of a known-safe fix: a pot command record (sent through {@code PotService} like any other), or, where pot
 * has no command for it, one host command on a file pot owns ({@code rm -f} of a stale status file or a cache entry).
 * Nothing runs until the user confirms (GUI) or passes {@code --fix} (potctl).
 */
public record FixStep(Optional<PotCommand> pot, List<String> hostArgv) {
    public FixStep {
        hostArgv = List.copyOf(hostArgv);
        if (pot.isPresent() == !hostArgv.isEmpty()) {
            throw new IllegalArgumentException("a fix step is either a pot command or a host command");
        }
    }

    public static FixStep of(PotCommand command) {
        return new FixStep(Optional.of(command), List.of());
    }

    /** {@code rm -f FILE…}: only for files the doctor found (a stale status file, a poisoned cache entry). */
    public static FixStep remove(List<String> files) {
        List<String> argv = new ArrayList<>(List.of("rm", "-f"));
        argv.addAll(files);
        return new FixStep(Optional.empty(), argv);
    }

    public List<String> argv() {
        return pot.map(PotCommand::argv).orElse(hostArgv);
    }

    /** The command line as a person would type it. */
    public String display() {
        return ShellQuote.join(argv());
    }
}
