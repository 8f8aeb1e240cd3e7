package potconsole.engine.command;

import java.util.List;

/** {@code pot copy-in -p pot -s hostpath -d abspath [-F] [-c]}: global lock; a running pot needs -F. */
public record CopyInCommand(String pot, String source, String destination, boolean force, boolean createParents)
        implements PotCommand {
    public CopyInCommand {
        Validate.existingPotName(pot);
        Validate.requireNonEmpty(source, "The source path");
        Validate.rejectNewline(source, "The source path");
        Validate.absolutePath(destination, "The destination inside the pot");
    }

    public String subcommand() {
        return "copy-in";
    }

    public List<String> arguments() {
        return Args.of()
                .opt("-p", pot)
                .opt("-s", source)
                .opt("-d", destination)
                .flag("-F", force)
                .flag("-c", createParents)
                .build();
    }

    public boolean takesGlobalLock() {
        return true;
    }
}
