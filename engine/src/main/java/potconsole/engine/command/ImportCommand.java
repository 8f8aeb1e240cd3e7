package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/**
 * {@code pot import [-v] -p remote -t tag -U url [-C pubkey]}: global lock. The local name is
 * {@code <remote>_<tag>} with '.' turned into '_'.
 */
public record ImportCommand(String remotePot, String tag, String url, Optional<String> publicKey, boolean verbose)
        implements PotCommand {
    public ImportCommand {
        Validate.existingPotName(remotePot);
        Validate.tag(tag);
        Validate.requireNonEmpty(url, "The registry URL");
        Validate.rejectNewline(url, "The registry URL");
        if (!url.matches("(?i)(file|https?|ftp)://.*")) {
            throw new InvalidArgumentException("The registry URL must start with file://, http://, https:// or ftp://");
        }
        publicKey.ifPresent(k -> Validate.absolutePath(k, "The public key"));
    }

    /** The name the imported pot gets. */
    public String localName() {
        return (remotePot + "_" + tag).replace('.', '_');
    }

    public String subcommand() {
        return "import";
    }

    public List<String> arguments() {
        return Args.of()
                .flag("-v", verbose)
                .opt("-p", remotePot)
                .opt("-t", tag)
                .opt("-U", url)
                .opt("-C", publicKey)
                .build();
    }

    public boolean takesGlobalLock() {
        return true;
    }

    public boolean mayBlock() {
        return true;
    }
}
