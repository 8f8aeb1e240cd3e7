package potconsole.engine.exec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One command to run (the transport's whole vocabulary: it knows argv, scripts and privilege, not pot): either an argv (quoted by the one quoter into a command line for {@code sh -c}) or a POSIX
 * {@code sh} script sent on stdin. Optional stdin bytes (argv form only), the privilege to use when the command needs
 * root, a cancellation token, and whether it changes the host (what the journal's "changes only" keeps; a read may
 * still need root, e.g. {@code zfs send -nP} or {@code pot get-rss}).
 */
public record ExecRequest(
        List<String> argv,
        Optional<String> script,
        byte[] stdin,
        boolean needsRoot,
        Privilege privilege,
        Cancellation cancellation,
        boolean changesState) {
    /** A request that changes the host when it needs root (argv form): what most of them are. */
    public ExecRequest(
            List<String> argv,
            Optional<String> script,
            byte[] stdin,
            boolean needsRoot,
            Privilege privilege,
            Cancellation cancellation) {
        this(argv, script, stdin, needsRoot, privilege, cancellation, needsRoot && script.isEmpty());
    }

    public ExecRequest {
        argv = List.copyOf(argv);
        stdin = stdin == null ? new byte[0] : stdin.clone();
        if (argv.isEmpty() == script.isEmpty()) {
            throw new IllegalArgumentException("an ExecRequest is either an argv or a script");
        }
        if (script.isPresent() && stdin.length > 0) {
            throw new IllegalArgumentException("a script is itself sent on stdin; it cannot take more stdin");
        }
    }

    public static ExecRequest of(String... argv) {
        return new ExecRequest(List.of(argv), Optional.empty(), new byte[0], false, Privilege.NONE, new Cancellation());
    }

    /** An argv that, when {@code needsRoot}, runs behind the privilege prefix (see {@link #withPrivilege}). */
    public static ExecRequest of(List<String> argv, boolean needsRoot) {
        return new ExecRequest(argv, Optional.empty(), new byte[0], needsRoot, Privilege.NONE, new Cancellation());
    }

    /** An argv with its own answer to whether it changes the host (a pot command knows). */
    public static ExecRequest of(List<String> argv, boolean needsRoot, boolean changesState) {
        return new ExecRequest(
                argv, Optional.empty(), new byte[0], needsRoot, Privilege.NONE, new Cancellation(), changesState);
    }

    public static ExecRequest script(String script) {
        return new ExecRequest(List.of(), Optional.of(script), new byte[0], false, Privilege.NONE, new Cancellation());
    }

    public ExecRequest withStdin(byte[] bytes) {
        return new ExecRequest(argv, script, bytes, needsRoot, privilege, cancellation, changesState);
    }

    public ExecRequest withPrivilege(Privilege p) {
        return new ExecRequest(argv, script, stdin, needsRoot, p, cancellation, changesState);
    }

    public ExecRequest withCancellation(Cancellation c) {
        return new ExecRequest(argv, script, stdin, needsRoot, privilege, c, changesState);
    }

    /** The same request, marked as one that only reads the host. */
    public ExecRequest asRead() {
        return new ExecRequest(argv, script, stdin, needsRoot, privilege, cancellation, false);
    }

    /** The words actually run: the privilege prefix when the command needs root, then the argv. */
    public List<String> effectiveArgv() {
        List<String> words = new ArrayList<>();
        if (needsRoot) {
            words.addAll(privilege.prefix());
        }
        words.addAll(argv);
        return words;
    }

    /**
     * The command line a POSIX shell runs: the quoted argv, or {@code sh -s} reading the script from stdin.
     */
    public String commandLine() {
        if (script.isPresent()) {
            List<String> words = new ArrayList<>(needsRoot ? privilege.prefix() : List.of());
            words.add("/bin/sh");
            words.add("-s");
            return ShellQuote.join(words);
        }
        return ShellQuote.join(effectiveArgv());
    }

    /** What goes to the process's stdin: the script, or the given bytes. */
    public byte[] stdinBytes() {
        return script.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(stdin.clone());
    }
}
