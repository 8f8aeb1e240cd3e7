package potconsole.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import potconsole.engine.exec.Privilege;

/**
 * Where and how to connect. {@code host} may be an alias of {@code ~/.ssh/config}; explicit values here win over the
 * config file, which wins over the defaults (port 22, the local user name, ~/.ssh/id_* keys), as with OpenSSH.
 */
public record SshTarget(
        String host,
        Optional<Integer> port,
        Optional<String> user,
        List<Path> identities,
        Path knownHosts,
        Optional<Path> sshConfig,
        Optional<Path> agentSocket,
        Privilege privilege,
        Duration connectTimeout,
        Duration keepAlive) {
    public SshTarget {
        identities = List.copyOf(identities);
    }

    /**
     * The home directory {@code ~} means: {@code $HOME}, as for the shell and the ssh the user would run (Java's
     * {@code user.home} comes from the password database and ignores it); {@code user.home} only without $HOME.
     */
    public static Path userHome() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    /** {@code ~/.ssh/known_hosts}, used unless a known_hosts is given or ~/.ssh/config names UserKnownHostsFile. */
    public static Path defaultKnownHosts() {
        return userHome().resolve(".ssh").resolve("known_hosts");
    }

    /** Defaults from the user's ~/.ssh and the environment ({@code SSH_AUTH_SOCK}). */
    public static SshTarget of(String host) {
        Path ssh = userHome().resolve(".ssh");
        Path config = ssh.resolve("config");
        Optional<Path> agent = Optional.ofNullable(System.getenv("SSH_AUTH_SOCK"))
                .filter(s -> !s.isBlank())
                .map(Path::of);
        return new SshTarget(
                host,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                defaultKnownHosts(),
                Files.isReadable(config) ? Optional.of(config) : Optional.empty(),
                agent,
                Privilege.NONE,
                Duration.ofSeconds(10),
                Duration.ofSeconds(15));
    }

    public SshTarget withPort(int p) {
        return with(f -> f.port = Optional.of(p));
    }

    public SshTarget withUser(String u) {
        return with(f -> f.user = Optional.of(u));
    }

    public SshTarget withIdentities(List<Path> ids) {
        return with(f -> f.identities = ids);
    }

    public SshTarget withKnownHosts(Path file) {
        return with(f -> f.knownHosts = file);
    }

    public SshTarget withSshConfig(Optional<Path> file) {
        return with(f -> f.sshConfig = file);
    }

    public SshTarget withAgent(Optional<Path> socket) {
        return with(f -> f.agentSocket = socket);
    }

    public SshTarget withPrivilege(Privilege p) {
        return with(f -> f.privilege = p);
    }

    public SshTarget withConnectTimeout(Duration d) {
        return with(f -> f.connectTimeout = d);
    }

    /** A copy with some fields changed, so that each with-method names only its own field. */
    private SshTarget with(Consumer<Fields> change) {
        Fields f = new Fields(this);
        change.accept(f);
        return new SshTarget(
                f.host,
                f.port,
                f.user,
                f.identities,
                f.knownHosts,
                f.sshConfig,
                f.agentSocket,
                f.privilege,
                f.connectTimeout,
                f.keepAlive);
    }

    /** The fields of a target while a copy is being changed. */
    private static final class Fields {
        String host;
        Optional<Integer> port;
        Optional<String> user;
        List<Path> identities;
        Path knownHosts;
        Optional<Path> sshConfig;
        Optional<Path> agentSocket;
        Privilege privilege;
        Duration connectTimeout;
        Duration keepAlive;

        Fields(SshTarget t) {
            host = t.host;
            port = t.port;
            user = t.user;
            identities = t.identities;
            knownHosts = t.knownHosts;
            sshConfig = t.sshConfig;
            agentSocket = t.agentSocket;
            privilege = t.privilege;
            connectTimeout = t.connectTimeout;
            keepAlive = t.keepAlive;
        }
    }

    /** Parses {@code ssh://[user@]host[:port]}. */
    public static SshTarget parseUri(String uri) {
        if (!uri.startsWith("ssh://")) {
            throw new IllegalArgumentException("'" + uri + "' is not an ssh:// address");
        }
        String rest = uri.substring("ssh://".length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        Optional<String> user = Optional.empty();
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            user = Optional.of(rest.substring(0, at));
            rest = rest.substring(at + 1);
        }
        Optional<Integer> port = Optional.empty();
        int colon = rest.lastIndexOf(':');
        if (colon > 0 && !rest.endsWith("]") && rest.indexOf(':') == colon) {
            try {
                port = Optional.of(Integer.parseInt(rest.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + rest.substring(colon + 1) + "' is not a port number");
            }
            rest = rest.substring(0, colon);
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("'" + uri + "' names no host");
        }
        SshTarget t = of(rest.replace("[", "").replace("]", ""));
        t = user.map(t::withUser).orElse(t);
        return port.map(t::withPort).orElse(t);
    }

    /** A short label: user@host:port as given. */
    public String label() {
        return user.map(u -> u + "@").orElse("") + host + port.map(p -> ":" + p).orElse("");
    }
}
