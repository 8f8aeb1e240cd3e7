package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;
import potconsole.engine.testkit.FakePotHost;
import potconsole.engine.testkit.Transcript;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * pot's verbs over SSH against a real sshd on loopback: the stand-in pot records the arguments it received, one per
 * line, so the test sees exactly what reached the host.
 */
class PotCtlParitySshTest {
    @TempDir
    static Path dir;

    private static OpenSshServer server;
    private static String uri;
    private static Path received;
    private static Path calls;

    @BeforeAll
    static void start() throws Exception {
        OpenSshServer.require();
        FakePotHost host = new FakePotHost(dir.resolve("host"))
                .pot("web", Transcript.load("68-pot-conf-web.txt").stdout(), "")
                .pot("nginx", Transcript.load("69-pot-conf-nginx.txt").stdout(), "")
                .jails(List.of("nginx"));
        received = dir.resolve("received.txt");
        calls = dir.resolve("calls.txt");
        FakePotHost.write(host.prefix.resolve("bin/pot"), """
                #!/bin/sh
                echo "$1" >> %s
                case "$1" in
                    version) echo 0.16.0 ;;
                    ls|list) printf 'nginx\\nweb\\nweb2\\n' ;;
                    set-cmd|clone) printf '%%s\\n' "$@" > %s ;;
                    *) echo "###>  NO $4 is not a pot"; exit 1 ;;
                esac
                """.formatted(calls, received), true);
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
    void lsAsJsonOverSsh() throws Exception {
        Run ls = remote("ls", "--json");
        assertThat(ls.exit()).as(ls.err()).isZero();
        JsonNode pots = new ObjectMapper().readTree(ls.out());
        assertThat(pots).hasSize(2);
        JsonNode nginx = pots.get(0);
        assertThat(nginx.path("name").asText()).isEqualTo("nginx");
        assertThat(nginx.path("state").asText()).isEqualTo("started");
        assertThat(nginx.path("network-type").asText()).isEqualTo("public-bridge");
        assertThat(pots.get(1).path("state").asText()).isEqualTo("stopped");
    }

    @Test
    void setCmdReachesPotAsOneLiteralArgument() throws Exception {
        String cmd = "nginx -g 'daemon off;' $(touch " + dir.resolve("CANARY") + ") `id`";
        Run r = remote("set-cmd", "web", "-c", cmd);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(received)).containsExactly("set-cmd", "-p", "web", "-c", cmd);
        assertThat(dir.resolve("CANARY")).doesNotExist();
    }

    @Test
    void cloneOverSsh() throws Exception {
        Run r = remote("clone", "web2", "-P", "web", "-N", "public-bridge", "-i", "auto");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(received))
                .containsExactly("clone", "-p", "web2", "-P", "web", "-N", "public-bridge", "-i", "auto");
    }

    /** Saved hosts loop1 and loop2 on the loopback sshd, and down on a port nobody listens on. */
    private static String savedHosts() throws Exception {
        String file = dir.resolve("many-hosts.json").toString();
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        for (String name : List.of("loop1", "loop2", "down")) {
            PotCtlTest.saveLoopHost(Path.of(file), name, name.equals("down") ? closed : server.port, server);
        }
        return file;
    }

    @Test
    void everySavedHostAtOnceOverSsh() throws Exception {
        String file = savedHosts();
        String knownHosts = server.knownHosts.toString();

        Run ls = PotCtlTest.potctl("--hosts-file", file, "--known-hosts", knownHosts, "--host", "all", "ls", "--json");

        assertThat(ls.exit()).as(ls.err()).isZero();
        JsonNode pots = new ObjectMapper().readTree(ls.out());
        List<String> rows = new java.util.ArrayList<>();
        pots.forEach(
                p -> rows.add(p.path("host").asText() + "/" + p.path("name").asText()));
        assertThat(rows).containsExactly("loop1/nginx", "loop1/web", "loop2/nginx", "loop2/web");
        assertThat(ls.err().strip()).startsWith("potctl: down: ").doesNotContain("loop");

        Run table = PotCtlTest.potctl("--hosts-file", file, "--known-hosts", knownHosts, "--host", "all", "ls");
        assertThat(table.exit()).isZero();
        assertThat(table.out().lines().toList().get(0)).startsWith("HOST   NAME");
        assertThat(table.out()).contains("loop2  web ");

        Run none = PotCtlTest.potctl("--hosts-file", file, "--known-hosts", knownHosts, "--host", "down", "ls");
        assertThat(none.exit()).isEqualTo(3);
    }

    @Test
    void aChangeOverSshNeedsTheHostsListedAndReachesEach() throws Exception {
        String file = savedHosts();
        String knownHosts = server.knownHosts.toString();
        Files.deleteIfExists(calls);

        Run refused = PotCtlTest.potctl(
                "--hosts-file", file, "--known-hosts", knownHosts, "--host", "all", "set-cmd", "web", "-c", "x");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(calls).doesNotExist();

        Run listed = PotCtlTest.potctl(
                "--hosts-file",
                file,
                "--known-hosts",
                knownHosts,
                "--host",
                "loop1,loop2",
                "set-cmd",
                "web",
                "-c",
                "sleep 1");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(Files.readAllLines(calls).stream().filter("set-cmd"::equals)).hasSize(2);
        assertThat(Files.readAllLines(received)).containsExactly("set-cmd", "-p", "web", "-c", "sleep 1");
    }
}
