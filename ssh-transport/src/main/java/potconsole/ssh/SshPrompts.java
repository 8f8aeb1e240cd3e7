package potconsole.ssh;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the transport asks the person: a key's passphrase, and whether to trust an unknown host key. The GUI shows
 * dialogs, the CLI asks on the terminal; {@link #nonInteractive()} never asks and so never hangs.
 */
public interface SshPrompts {
    enum HostKeyDecision {
        REJECT,
        ACCEPT_ONCE,
        ACCEPT_PERMANENTLY
    }

    /** The passphrase of an encrypted key, or empty when the person declines (or nobody can be asked). */
    Optional<char[]> passphrase(Path key, boolean previousAttemptFailed);

    /** An unknown host key, shown as {@code ssh} shows it: type and {@code SHA256:…} fingerprint. */
    HostKeyDecision unknownHostKey(String host, String keyType, String fingerprint);

    static SshPrompts nonInteractive() {
        return new SshPrompts() {
            @Override
            public Optional<char[]> passphrase(Path key, boolean previousAttemptFailed) {
                return Optional.empty();
            }

            @Override
            public HostKeyDecision unknownHostKey(String host, String keyType, String fingerprint) {
                return HostKeyDecision.REJECT;
            }
        };
    }
}
