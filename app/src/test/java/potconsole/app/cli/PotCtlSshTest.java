package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;
import potconsole.engine.testkit.FakePotHost;
import potconsole.engine.testkit.Transcript;
import potconsole.ssh.testkit.OpenSshServer;

/** potctl --host ssh://… against a real sshd on loopback, whose host has a pot tree and a stand-in pot. */
class PotCtlSshTest {
    @TempDir
    static Path dir;

    private static OpenSshServer server;
    private static String uri;

    @BeforeAll
    static void start() throws Exception {
        OpenSshServer.require();
        FakePotHost host = new FakePotHost(dir.resolve("host"))
                .pot("web", Transcript.load("68-pot-conf-web.txt").stdout(), "")
                .pot("nginx", Transcript.load("69-pot-conf-nginx.txt").stdout(), "")
                .jails(java.util.List.of("nginx"));
        Path info = Files.writeString(
                dir.resolve("info-web.txt"), Transcript.load("12-info-v.txt").stdout());
        FakePotHost.write(host.prefix.resolve("bin/pot"), """
                #!/bin/sh
                case "$*" in
                    "version -q") echo 0.16.0 ;;
                    "version") echo 'pot version: 0.16.0' ;;
                    "info -v -p web") cat %s ;;
                    *) echo "###>  NO $4 is not a pot"; exit 1 ;;
                esac
                """.formatted(info), true);
        server = OpenSshServer.start(dir.resolve("sshd"), host.prefix.resolve("bin") + ":" + host.fakeBin);
        uri = "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + server.port;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Run remote(String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "--host";
        all[1] = uri;
        all[2] = "--identity";
        all[3] = server.ed25519.toString();
        all[4] = "--known-hosts";
        all[5] = server.knownHosts.toString();
        System.arraycopy(args, 0, all, 6, args.length);
        return PotCtlTest.potctl(all);
    }

    @Test
    void lsInfoAndInventoryOverSsh() throws Exception {
        Run ls = remote("ls");
        assertThat(ls.exit()).as(ls.err()).isZero();
        assertThat(ls.out()
                        .lines()
                        .filter(l -> l.startsWith("nginx "))
                        .findFirst()
                        .orElseThrow())
                .contains("running", "public-bridge", "10.192.0.3");
        assertThat(ls.out()).contains("web ");

        Run info = remote("info", "web");
        assertThat(info.exit()).as(info.err()).isZero();
        assertThat(info.out()).contains("type:      single (level 0)", "attribute: persistent = YES");

        Run inv = remote("inventory", "--json");
        assertThat(inv.exit()).as(inv.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(inv.out());
        assertThat(root.path("pots")).hasSize(2);
        assertThat(root.path("version").asText()).isEqualTo("0.16.0");

        Run missing = remote("info", "nosuch");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("potctl: nosuch is not a pot");
    }

    /** potctl in its own JVM with this HOME (Java's user.home stays the account's), no agent. */
    private static Run potctlWithHome(Path home, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PotCtl.class.getName()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("SSH_AUTH_SOCK");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new Run(exit, out, Files.readString(dir.resolve("stderr.txt")));
    }

    @Test
    void sshConfigIsReadFromHomeAndItsUserKnownHostsFileIsHonoured() throws Exception {
        Path home = dir.resolve("a-home");
        Path ssh = Files.createDirectories(home.resolve(".ssh"));
        Files.copy(server.ed25519, ssh.resolve("pots_key"));
        Files.copy(server.knownHosts, ssh.resolve("pots_known_hosts"));
        Files.writeString(
                ssh.resolve("config"),
                String.join(
                        "\n",
                        "Host pots-loop",
                        "    HostName 127.0.0.1",
                        "    Port " + server.port,
                        "    User " + System.getProperty("user.name"),
                        "    IdentityFile ~/.ssh/pots_key",
                        "    UserKnownHostsFile ~/.ssh/pots_known_hosts",
                        ""));
        assertThat(home.toString()).isNotEqualTo(System.getProperty("user.home"));

        Run ls = potctlWithHome(home, "--host", "ssh://pots-loop", "ls", "-q");

        assertThat(ls.exit()).as(ls.err()).isZero();
        assertThat(ls.out().lines().toList()).containsExactly("nginx", "web");
        assertThat(ssh.resolve("known_hosts")).doesNotExist();

        // Still strict: a UserKnownHostsFile that does not know the host is a refusal, not a silent accept.
        Files.writeString(ssh.resolve("pots_known_hosts"), "");
        Run unknown = potctlWithHome(home, "--host", "ssh://pots-loop", "ls", "-q");
        assertThat(unknown.exit()).isEqualTo(3);
        assertThat(unknown.err()).contains("is not known", "not accepted");
        assertThat(Files.readString(ssh.resolve("pots_known_hosts"))).isEmpty();
    }

    @Test
    void anUnknownHostKeyWithoutATerminalIsAClearErrorNeverAPrompt() {
        Run r = PotCtlTest.potctl(
                "--host",
                uri,
                "--identity",
                server.ed25519.toString(),
                "--known-hosts",
                dir.resolve("empty-known-hosts").toString(),
                "ls");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("potctl: The host key of").contains("SHA256:", "not accepted");
    }

    @Test
    void savedHostsCanBeAddedTestedListedAndRemoved() {
        String file = dir.resolve("hosts.json").toString();
        Run add = PotCtlTest.potctl(
                "--hosts-file",
                file,
                "hosts",
                "add",
                "loop",
                "127.0.0.1",
                "--port",
                String.valueOf(server.port),
                "--user",
                System.getProperty("user.name"),
                "--key",
                server.ed25519.toString(),
                "--tag",
                "test");
        assertThat(add.exit()).as(add.err()).isZero();
        Run ls = PotCtlTest.potctl("--hosts-file", file, "hosts", "ls");
        assertThat(ls.out()).contains("loop", "127.0.0.1:" + server.port, "test");
        Run test = PotCtlTest.potctl(
                "--hosts-file", file, "--known-hosts", server.knownHosts.toString(), "hosts", "test", "loop");
        assertThat(test.exit()).as(test.err()).isZero();
        assertThat(test.out()).startsWith("ok: Connected as").contains("pot 0.16.0", "2 pots");
        Run viaProfile = PotCtlTest.potctl(
                "--hosts-file", file, "--known-hosts", server.knownHosts.toString(), "--host", "loop", "ls", "-q");
        assertThat(viaProfile.out().lines().toList()).containsExactly("nginx", "web");
        assertThat(PotCtlTest.potctl("--hosts-file", file, "hosts", "rm", "loop")
                        .exit())
                .isZero();
        Run gone = PotCtlTest.potctl("--hosts-file", file, "--host", "loop", "ls");
        assertThat(gone.exit()).isEqualTo(2);
        assertThat(gone.err()).contains("no host named 'loop'");
    }
}
