package potconsole.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import potconsole.ssh.SshPrompts;

/** SSH questions on the terminal; without one (scripts, CI) nothing is asked and the answer is a clear refusal. */
final class TerminalPrompts implements SshPrompts {
    private final Console console;

    private TerminalPrompts(Console console) {
        this.console = console;
    }

    private static TerminalPrompts shared;

    /** One for the process: with several hosts read at once, their questions are asked one at a time. */
    static synchronized SshPrompts forThisProcess() {
        Console c = System.console();
        if (c == null) {
            return SshPrompts.nonInteractive();
        }
        if (shared == null) {
            shared = new TerminalPrompts(c);
        }
        return shared;
    }

    @Override
    public synchronized Optional<char[]> passphrase(Path key, boolean previousAttemptFailed) {
        char[] p =
                console.readPassword("%sPassphrase for %s: ", previousAttemptFailed ? "Wrong passphrase. " : "", key);
        return p == null || p.length == 0 ? Optional.empty() : Optional.of(p);
    }

    @Override
    public synchronized HostKeyDecision unknownHostKey(String host, String keyType, String fingerprint) {
        console.printf(
                "The authenticity of host '%s' can't be established.%n%s key fingerprint is %s.%n",
                host, keyType, fingerprint);
        String a = console.readLine("Trust it? [y]es and remember / [o]nce / [N]o: ");
        return switch (a == null ? "" : a.strip().toLowerCase(Locale.ROOT)) {
            case "y", "yes" -> HostKeyDecision.ACCEPT_PERMANENTLY;
            case "o", "once" -> HostKeyDecision.ACCEPT_ONCE;
            default -> HostKeyDecision.REJECT;
        };
    }
}
