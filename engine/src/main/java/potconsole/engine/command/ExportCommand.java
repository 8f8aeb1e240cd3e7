package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/**
 * {@code pot export [-v] [-c] [-F|-A] -p pot [-t tag] [-D dir] [-l 0-9] [-S seckey]}: single pots only. {@code -A}
 * auto-fixes snapshots (takes one when there is none, purges to the newest when there are several); {@code -F}
 * exports all of them.
 */
public record ExportCommand(
        String pot,
        Optional<String> tag,
        Optional<String> directory,
        Optional<Integer> compressionLevel,
        boolean autoFixSnapshots,
        boolean force,
        boolean checkTag,
        Optional<String> signingKey,
        boolean verbose)
        implements PotCommand {
    public ExportCommand {
        Validate.existingPotName(pot);
        tag.ifPresent(Validate::tag);
        directory.ifPresent(d -> Validate.absolutePath(d, "The export directory"));
        compressionLevel.ifPresent(l -> {
            if (l < 0 || l > 9) {
                throw new InvalidArgumentException("The compression level is a single digit 0–9, not " + l);
            }
        });
        signingKey.ifPresent(k -> Validate.absolutePath(k, "The signing key"));
        if (autoFixSnapshots && force) {
            throw new InvalidArgumentException("Choose -A (fix snapshots) or -F (export them all), not both");
        }
    }

    public static ExportCommand of(String pot, String tag, String directory) {
        return new ExportCommand(
                pot,
                Optional.of(tag),
                Optional.of(directory),
                Optional.empty(),
                false,
                false,
                false,
                Optional.empty(),
                false);
    }

    public String subcommand() {
        return "export";
    }

    public List<String> arguments() {
        return Args.of()
                .flag("-v", verbose)
                .flag("-c", checkTag)
                .flag("-A", autoFixSnapshots)
                .flag("-F", force)
                .opt("-p", pot)
                .opt("-t", tag)
                .opt("-D", directory)
                .opt("-l", compressionLevel.map(String::valueOf))
                .opt("-S", signingKey)
                .build();
    }

    public boolean mayBlock() {
        return true;
    }
}
