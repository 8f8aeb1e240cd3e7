package potconsole.engine.command;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code pot prepare -U url -p pot -t tag -a aID [-n name] [-c cmd] [network] [-e port]… [-C pubkey] [-s] [-v]}:
 * import once per host, clone as {@code <name>_<aID>}, set the command and the orchestrator attributes, export ports,
 * and with {@code -s} start it (pot-spec §5.3). Global lock; without {@code -a} pot refuses (transcript 115).
 */
public record PrepareCommand(
        String url,
        String remotePot,
        String tag,
        String allocation,
        Optional<String> name,
        Optional<String> command,
        NetworkOptions network,
        List<String> ports,
        Optional<String> publicKey,
        boolean start,
        boolean verbose)
        implements PotCommand {
    private static final Pattern ALLOCATION = Pattern.compile("[A-Za-z0-9_.-]+");

    public PrepareCommand {
        new ImportCommand(remotePot, tag, url, publicKey, false); // the import prepare runs: the same rules
        Validate.requireNonEmpty(allocation, "The allocation id");
        if (!ALLOCATION.matcher(allocation).matches() || allocation.startsWith("-")) {
            throw new InvalidArgumentException(
                    "'" + allocation + "' is not a valid allocation id: use letters, digits, '.', '_' and '-'");
        }
        name.ifPresent(n -> Validate.existingPotName(n.replace('.', '_')));
        command.ifPresent(c -> Validate.rejectNewline(Validate.requireNonEmpty(c, "The command"), "The command"));
        ports = List.copyOf(ports);
        ports.forEach(Validate::portSpec);
    }

    /** The imported pot prepare reuses as the host's image cache: {@code <remote>_<tag>}, '.' → '_'. */
    public String importedName() {
        return (remotePot + "_" + tag).replace('.', '_');
    }

    /** The pot prepare makes: {@code <name or imported>_<aID>}, '.' → '_'. */
    public String newPotName() {
        return (name.orElse(importedName()) + "_" + allocation).replace('.', '_');
    }

    public String subcommand() {
        return "prepare";
    }

    public List<String> arguments() {
        Args a = Args.of()
                .opt("-U", url)
                .opt("-p", remotePot)
                .opt("-t", tag)
                .opt("-a", allocation)
                .opt("-n", name)
                .opt("-c", command);
        network.appendTo(a);
        return a.each("-e", ports)
                .opt("-C", publicKey)
                .flag("-s", start)
                .flag("-v", verbose)
                .build();
    }

    public boolean takesGlobalLock() {
        return true;
    }

    public boolean mayBlock() {
        return true;
    }
}
