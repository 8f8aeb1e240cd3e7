package potconsole.engine.command;

import java.util.List;

/** {@code pot copy-out -p pot -s abspath -d hostdir [-F]}. */
public record CopyOutCommand(String pot, String source, String destinationDir, boolean force) implements PotCommand {
    public CopyOutCommand {
        Validate.existingPotName(pot);
        Validate.absolutePath(source, "The path inside the pot");
        Validate.requireNonEmpty(destinationDir, "The host directory");
        Validate.rejectNewline(destinationDir, "The host directory");
    }

    public String subcommand() {
        return "copy-out";
    }

    public List<String> arguments() {
        return Args.of()
                .opt("-p", pot)
                .opt("-s", source)
                .opt("-d", destinationDir)
                .flag("-F", force)
                .build();
    }
}
