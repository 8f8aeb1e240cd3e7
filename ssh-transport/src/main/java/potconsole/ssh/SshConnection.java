package potconsole.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.OpenSSHConfig;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The one SSH session of a host: opened on first use, kept alive, opened again for the next command after a drop.
 * All channels of the console to that host share it; at most {@value #MAX_CHANNELS} at a time (OpenSSH's default
 * MaxSessions is 10).
 */
public final class SshConnection implements AutoCloseable {
    static final int MAX_CHANNELS = 8;

    private final SshTarget target;
    private final SshPrompts prompts;
    private final Semaphore channels = new Semaphore(MAX_CHANNELS, true);
    private Session session;
    private int sessionsOpened;
    private SshConnection jump;

    public SshConnection(SshTarget target, SshPrompts prompts) {
        this.target = target;
        this.prompts = prompts;
    }

    public SshTarget target() {
        return target;
    }

    /** How many times a session was opened (1 while the link holds). */
    public synchronized int sessionsOpened() {
        return sessionsOpened;
    }

    synchronized Session session() {
        if (session != null && session.isConnected()) {
            return session;
        }
        session = open();
        sessionsOpened++;
        return session;
    }

    /**
     * A fresh session in place of {@code dead}, one that would not open a channel though JSch still called it
     * connected (a dropped link its reader thread has not noticed yet); another caller's fresh one is kept.
     */
    synchronized Session reopen(Session dead) {
        if (session == dead) {
            dead.disconnect();
            session = null;
        }
        return session();
    }

    synchronized boolean isConnected() {
        return session != null && session.isConnected();
    }

    void acquireChannel() {
        channels.acquireUninterruptibly();
    }

    /** A channel only if one is free now: for optional extra work that must never wait or exceed the budget. */
    boolean tryAcquireChannel() {
        return channels.tryAcquire();
    }

    void releaseChannel() {
        channels.release();
    }

    /** The resolved address: explicit values, then ~/.ssh/config, then defaults. */
    record Resolved(
            String hostname,
            int port,
            String user,
            List<Path> identities,
            Optional<String> proxyJump,
            Path knownHosts) {}

    Resolved resolve() {
        ConfigRepository.Config cfg = null;
        if (target.sshConfig().isPresent()) {
            try {
                cfg = OpenSSHConfig.parseFile(target.sshConfig().get().toString())
                        .getConfig(target.host());
            } catch (IOException e) {
                throw new SshException(
                        SshException.Reason.PROTOCOL,
                        "Cannot read " + target.sshConfig().get() + ": " + e.getMessage(),
                        e);
            }
        }
        String hostname = cfg != null && cfg.getHostname() != null ? cfg.getHostname() : target.host();
        int port = target.port().orElse(cfg != null && cfg.getPort() > 0 ? cfg.getPort() : 22);
        String user = target.user()
                .orElse(cfg != null && cfg.getUser() != null ? cfg.getUser() : System.getProperty("user.name"));
        List<Path> ids = new ArrayList<>(target.identities());
        if (ids.isEmpty() && cfg != null && cfg.getValues("IdentityFile") != null) {
            Arrays.stream(cfg.getValues("IdentityFile"))
                    .map(SshConnection::expandHome)
                    .forEach(ids::add);
        }
        Optional<String> jumpHost = cfg == null ? Optional.empty() : Optional.ofNullable(cfg.getValue("ProxyJump"));
        // As OpenSSH: an explicit known_hosts (--known-hosts, a test's own) wins over UserKnownHostsFile in the
        // config, which wins over ~/.ssh/known_hosts. Of several files the first is the one read and written.
        Path knownHosts = target.knownHosts();
        String configured = cfg == null ? null : cfg.getValue("UserKnownHostsFile");
        if (configured != null && !configured.isBlank() && knownHosts.equals(SshTarget.defaultKnownHosts())) {
            knownHosts = expandHome(configured.strip().split("\\s+")[0]);
        }
        return new Resolved(hostname, port, user, ids, jumpHost.filter(j -> !j.equalsIgnoreCase("none")), knownHosts);
    }

    /** {@code ~} and {@code ~/…} as ssh expands them: the home directory of $HOME. */
    private static Path expandHome(String p) {
        if (p.equals("~")) {
            return SshTarget.userHome();
        }
        return p.startsWith("~/") ? SshTarget.userHome().resolve(p.substring(2)) : Path.of(p);
    }

    private Session open() {
        Resolved r = resolve();
        JSch jsch = new JSch();
        HostKeyStore keys;
        try {
            keys = HostKeyStore.load(jsch, r.knownHosts(), prompts);
            jsch.setHostKeyRepository(keys);
            List<Path> tried = addIdentities(jsch, r);
            Session s = jsch.getSession(r.user(), r.hostname(), r.port());
            s.setConfig("StrictHostKeyChecking", "yes");
            s.setConfig("PreferredAuthentications", "publickey");
            s.setServerAliveInterval((int) target.keepAlive().toMillis());
            s.setServerAliveCountMax(3);
            if (r.proxyJump().isPresent()) {
                s.setProxy(new JumpProxy(jumpConnection(r.proxyJump().get(), r.knownHosts())));
            }
            try {
                s.connect((int) target.connectTimeout().toMillis());
            } catch (JSchException e) {
                throw SshFailures.translate(e, r, keys, tried, target.connectTimeout());
            }
            return s;
        } catch (JSchException e) {
            throw new SshException(SshException.Reason.PROTOCOL, describe(r) + ": " + e.getMessage(), e);
        }
    }

    private SshConnection jumpConnection(String jumpSpec, Path knownHosts) {
        if (jump == null) {
            String spec = jumpSpec.split(",")[0];
            SshTarget t = SshTarget.parseUri("ssh://" + spec)
                    .withKnownHosts(knownHosts)
                    .withSshConfig(target.sshConfig())
                    .withAgent(target.agentSocket())
                    .withIdentities(target.identities())
                    .withConnectTimeout(target.connectTimeout());
            jump = new SshConnection(t, prompts);
        }
        return jump;
    }

    /** Key files (asking for passphrases), else the agent, else the usual ~/.ssh/id_* files. */
    private List<Path> addIdentities(JSch jsch, Resolved r) throws JSchException {
        List<Path> ids = new ArrayList<>(r.identities());
        if (ids.isEmpty() && target.agentSocket().filter(Files::exists).isPresent()) {
            try {
                jsch.setIdentityRepository(new AgentIdentityRepository(
                        new SSHAgentConnector(target.agentSocket().get())));
            } catch (AgentProxyException e) {
                throw new SshException(
                        SshException.Reason.AUTH,
                        "The ssh-agent at " + target.agentSocket().get() + " cannot be used: " + e.getMessage(),
                        e);
            }
            return List.of(target.agentSocket().get());
        }
        if (ids.isEmpty()) {
            Path ssh = SshTarget.userHome().resolve(".ssh");
            for (String name : List.of("id_ed25519", "id_ecdsa", "id_rsa")) {
                if (Files.isReadable(ssh.resolve(name))) {
                    ids.add(ssh.resolve(name));
                }
            }
        }
        for (Path id : ids) {
            addIdentity(jsch, id);
        }
        return ids;
    }

    private void addIdentity(JSch jsch, Path key) throws JSchException {
        if (!Files.isReadable(key)) {
            throw new SshException(SshException.Reason.AUTH, "The key " + key + " cannot be read");
        }
        KeyPair pair = KeyPair.load(jsch, key.toString());
        try {
            if (!pair.isEncrypted()) {
                jsch.addIdentity(key.toString());
                return;
            }
            boolean failed = false;
            for (int attempt = 0; attempt < 3; attempt++) {
                Optional<char[]> pass = prompts.passphrase(key, failed);
                if (pass.isEmpty()) {
                    throw new SshException(
                            SshException.Reason.PASSPHRASE_NEEDED,
                            "The key " + key + " is protected by a passphrase and none was given");
                }
                byte[] bytes = new String(pass.get()).getBytes(StandardCharsets.UTF_8);
                Arrays.fill(pass.get(), '\0');
                if (pair.decrypt(bytes)) {
                    jsch.addIdentity(key.toString(), bytes);
                    Arrays.fill(bytes, (byte) 0);
                    return;
                }
                Arrays.fill(bytes, (byte) 0);
                failed = true;
            }
            throw new SshException(SshException.Reason.AUTH, "Wrong passphrase for " + key + " (3 attempts)");
        } finally {
            pair.dispose();
        }
    }

    static String describe(Resolved r) {
        return r.user() + "@" + r.hostname() + (r.port() == 22 ? "" : ":" + r.port());
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.disconnect();
            session = null;
        }
        if (jump != null) {
            jump.close();
        }
    }
}
