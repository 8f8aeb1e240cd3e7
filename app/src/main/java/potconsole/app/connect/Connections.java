package potconsole.app.connect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.host.HostProfile;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalingRunner;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.sandbox.SandboxSetups;
import potconsole.ssh.HostCheck;
import potconsole.ssh.SshPrompts;
import potconsole.ssh.SshRunner;
import potconsole.ssh.SshTarget;

/**
 * The one place that turns a host into a connection, for the console and potctl alike: a saved host or an
 * {@code ssh://} address into an SSH runner, "this machine" into {@link LocalPtyRunner} (commands, and terminals on a
 * PTY), the sandbox into the simulated host. Only this package names the SSH transport's classes.
 */
public final class Connections {
    private Connections() {}

    /** The SSH target of a saved host. */
    private static SshTarget target(HostProfile profile) {
        return HostCheck.target(profile);
    }

    /** A saved host over SSH; host keys and passphrases are asked through {@code prompts}. */
    public static CommandRunner ssh(HostProfile profile, SshPrompts prompts) {
        return new SshRunner(target(profile), prompts);
    }

    private static CommandRunner ssh(SshTarget target, SshPrompts prompts) {
        return new SshRunner(target, prompts);
    }

    /** The same, every command recorded in the journal under the host's name. */
    public static CommandRunner journaled(CommandRunner runner, Journal journal, String host) {
        return new JournalingRunner(runner, journal, host);
    }

    /** This machine: commands run here; terminals get a pseudo-terminal. */
    public static CommandRunner thisMachine() {
        return new LocalPtyRunner();
    }

    /** A fresh simulated host, seeded like the console's sandbox. */
    public static CommandRunner sandbox() {
        return SandboxHost.demo();
    }

    /**
     * A host as potctl names it: {@code sandbox}, {@code local} (this machine), {@code ssh://[user@]host[:port]}, or
     * a saved host; {@code identity} and {@code knownHosts} (may be null) override the saved ones.
     */
    public static CommandRunner open(String spec, HostStore store, Path identity, Path knownHosts, SshPrompts prompts) {
        return switch (spec) {
            case "sandbox" -> sandbox();
            case "sandbox-bare", "sandbox-uninit" -> SandboxSetups.of(spec);
            case "local" -> thisMachine();
            default -> ssh(target(spec, store, identity, knownHosts), prompts);
        };
    }

    /** Tests a host named as potctl names it (an SSH host). */
    public static Check check(String spec, HostStore store, Path identity, Path knownHosts, SshPrompts prompts) {
        return check(target(spec, store, identity, knownHosts), prompts);
    }

    private static SshTarget target(String spec, HostStore store, Path identity, Path knownHosts) {
        SshTarget target;
        if (spec.startsWith("ssh://")) {
            target = SshTarget.parseUri(spec);
        } else {
            HostProfile profile = store.find(spec)
                    .orElseThrow(() -> new InvalidArgumentException("There is no host named '" + spec
                            + "': use sandbox, local, ssh://user@host:port or a saved host (potctl hosts ls)"));
            target = target(profile);
        }
        if (identity != null) {
            target = target.withIdentities(List.of(identity));
        }
        if (knownHosts != null) {
            target = target.withKnownHosts(knownHosts);
        }
        return target;
    }

    /** What a connection test found: whether it works, what to tell the user, and the status word. */
    public record Check(boolean ok, String message, String status) {}

    /** Connects afresh and reports precisely what works (DNS, refused, auth, host key, pot, group pot…). */
    private static Check check(SshTarget target, SshPrompts prompts) {
        HostCheck.Result r = HostCheck.run(target, prompts);
        return new Check(r.ok(), r.message(), r.status().name().toLowerCase(Locale.ROOT));
    }

    public static Check check(HostProfile profile, SshPrompts prompts) {
        return check(target(profile), prompts);
    }

    /** The home directory SSH uses ($HOME, as OpenSSH does), for expanding {@code ~} in key paths. */
    public static Path userHome() {
        return SshTarget.userHome();
    }

    /** This machine is a pot host when it has pot (a FreeBSD workstation). */
    public static boolean potOnThisMachine() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pot"))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/local/bin/pot"));
    }
}
