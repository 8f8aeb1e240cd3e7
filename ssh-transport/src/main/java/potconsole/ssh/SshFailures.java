package potconsole.ssh;

import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Why a connection failed, in words a person can act on: JSch's exceptions turned into {@link SshException}s. */
final class SshFailures {
    private SshFailures() {}

    static SshException translate(
            JSchException e, SshConnection.Resolved r, HostKeyStore keys, List<Path> tried, Duration connectTimeout) {
        return hostKey(e, r, keys.problem())
                .or(() -> network(e, r, connectTimeout))
                .orElseGet(() -> other(e, r, tried));
    }

    /** A host key that changed or that nobody accepted. */
    private static Optional<SshException> hostKey(JSchException e, SshConnection.Resolved r, HostKeyStore.Problem p) {
        String where = SshConnection.describe(r);
        if (e instanceof JSchChangedHostKeyException || (p != null && p.changed())) {
            String old = p == null ? "?" : String.join(", ", p.oldFingerprints());
            String now = p == null ? "?" : p.newFingerprint();
            return Optional.of(new SshException(
                    SshException.Reason.HOST_KEY_CHANGED,
                    "The host key of " + where
                            + " has CHANGED — refusing to connect. Known: " + old + "; offered now: " + now
                            + ". If the host was reinstalled, remove its old line from " + r.knownHosts(),
                    e));
        }
        if (e instanceof JSchUnknownHostKeyException || p != null) {
            return Optional.of(new SshException(
                    SshException.Reason.HOST_KEY_UNKNOWN,
                    "The host key of " + where
                            + " is not known" + (p == null ? "" : " (" + p.keyType() + " " + p.newFingerprint() + ")")
                            + " and was not accepted",
                    e));
        }
        return Optional.empty();
    }

    /** A name that does not resolve, a refused connection, a host that does not answer. */
    private static Optional<SshException> network(JSchException e, SshConnection.Resolved r, Duration timeout) {
        String where = SshConnection.describe(r);
        Throwable cause = e.getCause();
        if (cause instanceof UnknownHostException) {
            return Optional.of(
                    new SshException(SshException.Reason.DNS, "Cannot resolve the host name " + r.hostname(), e));
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return Optional.of(new SshException(
                    SshException.Reason.REFUSED, where + " refused the connection (" + cause.getMessage() + ")", e));
        }
        if (cause instanceof SocketTimeoutException
                || String.valueOf(e.getMessage()).contains("timeout")) {
            return Optional.of(new SshException(
                    SshException.Reason.TIMEOUT, where + " did not answer within " + timeout.toSeconds() + " s", e));
        }
        return Optional.empty();
    }

    private static SshException other(JSchException e, SshConnection.Resolved r, List<Path> tried) {
        String where = SshConnection.describe(r);
        if (String.valueOf(e.getMessage()).startsWith("Auth")) {
            return new SshException(
                    SshException.Reason.AUTH,
                    "Authentication as " + r.user() + " on " + where + " failed (" + e.getMessage() + "; keys tried: "
                            + (tried.isEmpty() ? "none" : tried) + ")",
                    e);
        }
        if (e.getCause() instanceof SshException se) {
            return se;
        }
        return new SshException(SshException.Reason.PROTOCOL, where + ": " + e.getMessage(), e);
    }
}
