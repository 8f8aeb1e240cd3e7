package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;
import potconsole.app.cli.agent.AgentClient;
import potconsole.app.cli.agent.AgentPaths;
import potconsole.app.cli.agent.Request;
import potconsole.app.cli.agent.Wire;
import potconsole.engine.testkit.FakePotHost;
import potconsole.engine.testkit.Transcript;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * potctl's agent end to end: a run forwarded over the unix socket gives what the same run in-process gives (output,
 * exit code), against the sandbox and a loopback sshd, on one kept SSH session.
 */
class PotCtlAgentTest {
    @TempDir
    static Path dir;

    private static Map<String, String> env;
    private static Path socket;
    private static AgentServer agent;
    private static OpenSshServer sshd;
    private static String uri;

    @BeforeAll
    static void start() throws Exception {
        env = new HashMap<>(System.getenv());
        env.put("XDG_RUNTIME_DIR", dir.resolve("run").toString());
        AgentPaths.makeDirectory(env);
        socket = AgentPaths.socket(env);
        agent = serving(socket, Duration.ofMinutes(10));
        OpenSshServer.require();
        FakePotHost host = new FakePotHost(dir.resolve("host"))
                .pot("web", Transcript.load("68-pot-conf-web.txt").stdout(), "")
                .pot("nginx", Transcript.load("69-pot-conf-nginx.txt").stdout(), "")
                .jails(List.of("nginx"));
        FakePotHost.write(host.prefix.resolve("bin/pot"), """
                #!/bin/sh
                case "$1" in
                    version) echo 0.16.0 ;;
                    *) echo "###>  NO $4 is not a pot"; exit 1 ;;
                esac
                """, true);
        sshd = OpenSshServer.start(dir.resolve("sshd"), host.prefix.resolve("bin") + ":" + host.fakeBin);
        uri = "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + sshd.port;
    }

    @AfterAll
    static void stop() {
        if (agent != null) {
            agent.stop();
        }
        if (sshd != null) {
            sshd.close();
        }
    }

    private static AgentServer serving(Path socket, Duration idle) throws IOException {
        AgentServer server = AgentServer.bind(socket, idle, env);
        Thread t = new Thread(server::serve, "test-agent");
        t.setDaemon(true);
        t.start();
        return server;
    }

    /** The run through the agent; fails the test when the agent did not take it. */
    private static Run viaAgentIn(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Request request = new Request(Wire.RUN, cwd.toString(), false, Request.relevant(env), List.of(args));
        int exit = AgentClient.send(socket, request, out, err);
        assertThat(exit).as("forwarded").isGreaterThanOrEqualTo(0);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run viaAgent(String... args) {
        return viaAgentIn(Path.of(System.getProperty("user.dir")), args);
    }

    /** The sandbox names snapshots by the clock's seconds: two runs a second apart differ only there. */
    private static String timeless(String out) {
        return out.replaceAll("\\b1[0-9]{9}\\b", "EPOCH");
    }

    private static String[] overSsh(String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--host", uri, "--identity", sshd.ed25519.toString(), "--known-hosts", sshd.knownHosts.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void lsJsonOnTheSandboxIsTheSameThroughTheAgent() {
        Run here = PotCtlTest.potctl("ls", "--json");
        Run there = viaAgent("ls", "--json");

        assertThat(there.exit()).as(there.err()).isZero();
        assertThat(timeless(there.out())).startsWith("[").isEqualTo(timeless(here.out()));
        assertThat(there.err()).isEqualTo(here.err());
    }

    @Test
    void lsJsonOverSshIsTheSameAndTheAgentKeepsOneSession() {
        Run here = PotCtlTest.potctl(overSsh("ls", "--json"));
        long logins = sshd.acceptedLogins();

        Run first = viaAgent(overSsh("ls", "--json"));
        Run second = viaAgent(overSsh("ls", "--json"));

        assertThat(here.exit()).as(here.err()).isZero();
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("\"nginx\"").isEqualTo(here.out());
        assertThat(second.out()).isEqualTo(here.out());
        assertThat(sshd.acceptedLogins()).as("one login for both runs").isEqualTo(logins + 1);
    }

    @Test
    void exitCodesAndMessagesAreThoseOfTheRunInProcess() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String[][] runs = {
            {"ls"},
            {"info", "nosuch"},
            {"ls", "--no-such-option"},
            {"--host", "ssh://nobody@127.0.0.1:" + closed, "ls"},
        };
        int[] expected = {0, 1, 2, 3};
        for (int i = 0; i < runs.length; i++) {
            Run here = PotCtlTest.potctl(runs[i]);
            Run there = viaAgent(runs[i]);
            assertThat(there.exit())
                    .as(String.join(" ", runs[i]))
                    .isEqualTo(expected[i])
                    .isEqualTo(here.exit());
            assertThat(there.err()).isEqualTo(here.err());
        }
    }

    @Test
    void savedHostsAreReadForEveryRunAndRelativePathsAreTheClientsOwn() throws Exception {
        Path client = Files.createDirectories(dir.resolve("client"));
        PotCtlTest.saveLoopHost(client.resolve("hosts.json"), "loop", sshd.port, sshd);
        Files.copy(sshd.knownHosts, client.resolve("known_hosts"));
        String[] ls = {"--hosts-file", "hosts.json", "--known-hosts", "known_hosts", "--host", "loop", "ls"};

        Run before = viaAgentIn(client, ls);
        Run rm = PotCtlTest.potctl("--hosts-file", client.resolve("hosts.json").toString(), "hosts", "rm", "loop");
        Run after = viaAgentIn(client, ls);

        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(before.out()).contains("nginx");
        assertThat(rm.exit()).as(rm.err()).isZero();
        assertThat(after.exit()).isEqualTo(2);
        assertThat(after.err()).contains("There is no host named 'loop'");
    }

    @Test
    void anotherHomeOrXdgDirectoryRunsInItsOwnProcess() {
        Map<String, String> other = new HashMap<>(Request.relevant(env));
        other.put("XDG_CONFIG_HOME", dir.resolve("elsewhere").toString());
        Request request = new Request(Wire.RUN, "/", false, other, List.of("ls"));

        int exit = AgentClient.send(socket, request, new ByteArrayOutputStream(), new ByteArrayOutputStream());

        assertThat(exit).isEqualTo(AgentClient.NOT_FORWARDED);
    }

    @Test
    void aSocketWhoseAgentDiedIsRemovedAndTheRunStaysHere() throws IOException {
        Path privateDir = Files.createDirectory(
                dir.resolve("stale"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path stale = privateDir.resolve(AgentPaths.SOCKET);
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(stale));
        }
        assertThat(stale).exists();
        Request request = new Request(Wire.RUN, "/", false, Request.relevant(env), List.of("ls"));

        int exit = AgentClient.send(stale, request, new ByteArrayOutputStream(), new ByteArrayOutputStream());

        assertThat(exit).isEqualTo(AgentClient.NO_AGENT);
        assertThat(stale).doesNotExist();
    }

    @Test
    void stopEndsTheAgentAndItsSocketAndAnIdleOneStopsByItself() throws Exception {
        Map<String, String> own = new HashMap<>(env);
        own.put("XDG_RUNTIME_DIR", dir.resolve("own").toString());
        Path ownSocket = AgentPaths.makeDirectory(own).resolve(AgentPaths.SOCKET);
        AgentServer stopped = serving(ownSocket, Duration.ofMinutes(10));
        Request stop = new Request(Wire.STOP, "/", false, Request.relevant(env), List.of());

        int exit = AgentClient.send(ownSocket, stop, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        stopped.awaitStopped();

        assertThat(exit).isZero();
        assertThat(ownSocket).doesNotExist();
        AgentServer idle = serving(ownSocket, Duration.ofMillis(200));
        idle.awaitStopped();
        assertThat(ownSocket).doesNotExist();
    }

    /** The forwarding client in a JVM of its own: the answer of the agent, and not one class of picocli loaded. */
    @Test
    void aForwardedRunLoadsNoPicocliJacksonOrJsch() throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + dir.resolve("classes.log"),
                "-cp",
                System.getProperty("java.class.path"),
                PotCtlMain.class.getName(),
                "ls",
                "--json");
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectError(dir.resolve("client-err.txt").toFile());
        pb.environment().put("XDG_RUNTIME_DIR", env.get("XDG_RUNTIME_DIR"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor())
                .as(Files.readString(dir.resolve("client-err.txt")))
                .isZero();
        assertThat(timeless(out))
                .isEqualTo(timeless(PotCtlTest.potctl("ls", "--json").out()));
        List<String> loaded = Files.readAllLines(dir.resolve("classes.log"));
        assertThat(loaded).anyMatch(l -> l.contains("potconsole.app.cli.agent.AgentClient"));
        assertThat(loaded)
                .noneMatch(l -> l.contains(" picocli.") || l.contains("com.fasterxml") || l.contains("com.jcraft"));
        assertThat(loaded).noneMatch(l -> l.contains("potconsole.app.cli.PotCtl "));
    }

    @Test
    void aRunThatWouldAskOnTheClientsTerminalGoesBackToIt() throws IOException {
        Path unknown = Files.writeString(dir.resolve("empty_known_hosts"), "");
        String[] ls = {"--host", uri, "--identity", sshd.ed25519.toString(), "--known-hosts", unknown.toString(), "ls"};
        Request onTerminal = new Request(Wire.RUN, "/", true, Request.relevant(env), List.of(ls));
        ByteArrayOutputStream shown = new ByteArrayOutputStream();

        int handedBack = AgentClient.send(socket, onTerminal, shown, shown);
        Run here = PotCtlTest.potctl(ls);
        Run script = viaAgent(ls);
        Request knownOnTerminal = new Request(Wire.RUN, "/", true, Request.relevant(env), List.of(overSsh("ls")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int served = AgentClient.send(socket, knownOnTerminal, out, new ByteArrayOutputStream());

        assertThat(handedBack).isEqualTo(AgentClient.NOT_FORWARDED);
        assertThat(shown.size()).as("nothing shown before it went back").isZero();
        assertThat(script.exit())
                .as("without a terminal: refused as in-process")
                .isEqualTo(3)
                .isEqualTo(here.exit());
        assertThat(script.err()).isEqualTo(here.err());
        assertThat(served).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(PotCtlTest.potctl(overSsh("ls")).out());
    }
}
