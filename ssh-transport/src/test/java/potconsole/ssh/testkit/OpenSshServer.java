package potconsole.ssh.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import potconsole.ssh.SshTarget;

/**
 * A real OpenSSH {@code sshd} on a free loopback port, with its own host key, client keys (ed25519 without and RSA
 * with a passphrase), authorized_keys and a known_hosts that trusts it — all in a temp dir. Never accept-all.
 */
public final class OpenSshServer implements AutoCloseable {
    public static final Path SSHD = Path.of("/usr/sbin/sshd");
    public static final String RSA_PASSPHRASE = "correct horse battery staple";

    public final Path dir;
    public final int port;
    public final Path hostKey;
    public final Path ed25519;
    public final Path rsaEncrypted;
    public final Path knownHosts;
    private final Process process;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    public static boolean available() {
        return Files.isExecutable(SSHD) && Files.isExecutable(Path.of("/usr/bin/ssh-keygen"));
    }

    /** Skips the test without OpenSSH, or fails it naming what is missing when CI=true. */
    public static void require() {
        potconsole.engine.testkit.RequiredTool.require(Files.isExecutable(SSHD), SSHD.toString(), "openssh-server");
        potconsole.engine.testkit.RequiredTool.require(
                Files.isExecutable(Path.of("/usr/bin/ssh-keygen")), "/usr/bin/ssh-keygen", "openssh-client");
    }

    public static OpenSshServer start(Path dir) {
        return start(dir, "");
    }

    /** {@code extraPath} is put first on the sessions' PATH (for stand-ins such as a fake pot). */
    public static OpenSshServer start(Path dir, String extraPath) {
        return start(dir, extraPath, java.util.Map.of());
    }

    /** The same with more variables in the sessions' environment ({@code HOME} included: sshd's SetEnv wins). */
    public static OpenSshServer start(Path dir, String extraPath, java.util.Map<String, String> environment) {
        return start(dir, extraPath, environment, List.of());
    }

    /**
     * The same, its sessions seeing {@code /tmp} as a host whose {@code /tmp} is 0755 root's: sshd runs in a mount
     * namespace of its own with an empty root-owned 0755 tmpfs on {@code /tmp} ({@code unshare -m}, as root). So
     * {@code dir} must not be under {@code /tmp}.
     */
    public static OpenSshServer startWithUnwritableTmp(Path dir, java.util.Map<String, String> environment) {
        return start(
                dir,
                "",
                environment,
                List.of(
                        "unshare",
                        "-m",
                        "--propagation",
                        "private",
                        "/bin/sh",
                        "-c",
                        "mount -t tmpfs -o mode=0755,size=1m potconsole-locked-tmp /tmp && exec \"$0\" \"$@\""));
    }

    private static OpenSshServer start(
            Path dir, String extraPath, java.util.Map<String, String> environment, List<String> launcher) {
        try {
            return new OpenSshServer(dir, extraPath, environment, launcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private OpenSshServer(Path dir, String extraPath, java.util.Map<String, String> environment, List<String> launcher)
            throws IOException, InterruptedException {
        this.dir = Files.createDirectories(dir);
        this.hostKey = dir.resolve("host_ed25519");
        this.ed25519 = dir.resolve("id_ed25519");
        this.rsaEncrypted = dir.resolve("id_rsa");
        this.knownHosts = dir.resolve("known_hosts");
        keygen("-t", "ed25519", "-N", "", "-f", hostKey.toString());
        keygen("-t", "ed25519", "-N", "", "-f", ed25519.toString());
        keygen("-t", "rsa", "-b", "2048", "-N", RSA_PASSPHRASE, "-f", rsaEncrypted.toString());
        Files.writeString(
                dir.resolve("authorized_keys"),
                Files.readString(Path.of(ed25519 + ".pub")) + Files.readString(Path.of(rsaEncrypted + ".pub")));
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        String path = (extraPath.isEmpty() ? "" : extraPath + ":") + "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin";
        Path config = dir.resolve("sshd_config");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "Port " + port,
                        "ListenAddress 127.0.0.1",
                        "HostKey " + hostKey,
                        "PidFile " + dir.resolve("sshd.pid"),
                        "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                        "StrictModes no",
                        "UsePAM no",
                        "PermitRootLogin yes",
                        "PasswordAuthentication no",
                        "KbdInteractiveAuthentication no",
                        "PubkeyAuthentication yes",
                        "AllowTcpForwarding yes",
                        "MaxStartups 200",
                        "MaxSessions 20",
                        // sshd honours the first SetEnv line only: every variable goes on this one.
                        "SetEnv PATH=" + path
                                + environment.entrySet().stream()
                                        .map(e -> " " + e.getKey() + "=" + e.getValue())
                                        .collect(java.util.stream.Collectors.joining()),
                        "Subsystem sftp internal-sftp",
                        "LogLevel VERBOSE",
                        ""));
        if ("root".equals(System.getProperty("user.name"))) {
            Files.createDirectories(Path.of("/run/sshd"));
        }
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(SSHD.toString(), "-D", "-e", "-f", config.toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch listening = new CountDownLatch(1);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            log.add(line);
                            if (line.contains("Server listening on 127.0.0.1 port " + port)) {
                                listening.countDown();
                            }
                        }
                    } catch (IOException e) {
                        // sshd ended
                    }
                    listening.countDown();
                },
                "sshd-log");
        reader.setDaemon(true);
        reader.start();
        if (!listening.await(20, TimeUnit.SECONDS) || !process.isAlive()) {
            throw new IllegalStateException("sshd did not start: " + log);
        }
        String hostPub = Files.readString(Path.of(hostKey + ".pub")).strip();
        String[] f = hostPub.split(" ");
        Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + f[0] + " " + f[1] + "\n");
    }

    private void keygen(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ssh-keygen", "-q"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ssh-keygen failed: " + out);
        }
    }

    /** A target that trusts this server, logs in with the unencrypted ed25519 key, ignores ~/.ssh and the agent. */
    public SshTarget target() {
        return targetAs(System.getProperty("user.name"));
    }

    /** The same as another local account (its login shell and startup files apply, as on a real host). */
    public SshTarget targetAs(String user) {
        return SshTarget.of("127.0.0.1")
                .withPort(port)
                .withUser(user)
                .withIdentities(List.of(ed25519))
                .withKnownHosts(knownHosts)
                .withSshConfig(Optional.empty())
                .withAgent(Optional.empty());
    }

    /** The SHA256 fingerprint of the host key, as ssh-keygen -l prints it. */
    public String hostFingerprint() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ssh-keygen", "-l", "-f", hostKey + ".pub").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.split(" ")[1];
    }

    /** How many logins sshd accepted so far. */
    public long acceptedLogins() {
        synchronized (log) {
            return log.stream().filter(l -> l.contains("Accepted publickey")).count();
        }
    }

    public List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Ends every open connection (the per-connection sshd processes) while the listener stays up. */
    public void dropConnections() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
