package potconsole.ssh;

import potconsole.engine.exec.ExecFailedException;

/** Why a host could not be used, precisely enough to act on. */
public final class SshException extends ExecFailedException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        DNS,
        REFUSED,
        TIMEOUT,
        AUTH,
        PASSPHRASE_NEEDED,
        HOST_KEY_UNKNOWN,
        HOST_KEY_CHANGED,
        CONNECTION_LOST,
        TRANSFER_FAILED,
        PROTOCOL
    }

    private final Reason reason;

    public SshException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public SshException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
