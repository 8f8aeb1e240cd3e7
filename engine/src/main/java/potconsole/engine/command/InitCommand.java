package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/**
 * {@code pot init [-m] [-s] [-p pf_file]}: creates pot's datasets and directories (pot-spec §1.3). {@code -s} leaves
 * syslogd alone, {@code -m} also leaves pf alone; {@code -p} names the pf rules file to patch ({@code -p ''}: none).
 */
public record InitCommand(boolean minimal, boolean skipSyslog, Optional<String> pfFile) implements PotCommand {
    public InitCommand {
        pfFile.filter(f -> !f.isEmpty()).ifPresent(f -> Validate.absolutePath(f, "The pf rules file"));
    }

    public static InitCommand standard() {
        return new InitCommand(false, false, Optional.empty());
    }

    public String subcommand() {
        return "init";
    }

    public List<String> arguments() {
        return Args.of()
                .flag("-m", minimal)
                .flag("-s", skipSyslog)
                .opt("-p", pfFile)
                .build();
    }
}
