package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.ssh.testkit.OpenSshServer;

class PotCtlTest {
    record Run(int exit, String out, String err) {}

    static Run potctl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PotCtl.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Saves host {@code name} at 127.0.0.1:{@code port} with the test sshd's user and key, through potctl itself. */
    static void saveLoopHost(Path hostsFile, String name, int port, OpenSshServer server) {
        Run add = potctl(
                "--hosts-file",
                hostsFile.toString(),
                "hosts",
                "add",
                name,
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--user",
                System.getProperty("user.name"),
                "--key",
                server.ed25519.toString());
        assertThat(add.exit()).as(add.err()).isZero();
    }

    @Test
    void listsTheSandboxPotsWithTheirState() {
        Run r = potctl("ls");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("NAME ");
        assertThat(r.out()
                        .lines()
                        .filter(l -> l.startsWith("nginx "))
                        .findFirst()
                        .orElseThrow())
                .contains("running", "public-bridge", "10.192.0.3");
        assertThat(potctl("ls", "-q").out().lines().toList()).contains("web", "nginx", "multi");
    }

    @Test
    void inventoryIsJsonOfTheWholeHost() throws IOException {
        Run r = potctl("inventory", "--json");
        assertThat(r.exit()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("version").asText()).isEqualTo("0.16.0");
        assertThat(root.path("settings").path("POT_ZFS_ROOT").asText()).isEqualTo("zroot/pot");
        List<String> names = new ArrayList<>();
        root.path("pots").forEach(p -> names.add(p.path("name").asText()));
        assertThat(names).contains("web", "nginx");
        // pot's words, as ls --json: no Java enum name anywhere.
        JsonNode nginx = root.path("pots").get(names.indexOf("nginx"));
        assertThat(nginx.path("state").asText()).isEqualTo("started");
        assertThat(nginx.path("type").asText()).isEqualTo("single");
        assertThat(nginx.path("network-type").asText()).isEqualTo("public-bridge");
        assertThat(nginx.path("ips").get(0).asText()).isEqualTo("10.192.0.3");
        assertThat(nginx.path("attributes").path("persistent").asText()).isEqualTo("YES");
        assertThat(r.out()).doesNotContain("\"RUNNING\"", "\"SINGLE\"", "\"PUBLIC_BRIDGE\"", "\"IPV4\"", "\"RW\"");
        assertThat(root.path("bases").get(0).asText()).isEqualTo("13.2");
        assertThat(root.path("running-jails")).isNotEmpty();
        assertThat(root.path("captured-at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void failuresAreOneLineOnStderrWithConventionalExitCodes() {
        Run notFound = potctl("info", "nosuch");
        assertThat(notFound.exit()).isEqualTo(1);
        assertThat(notFound.err().strip()).isEqualTo("potctl: nosuch is not a pot");
        assertThat(notFound.out()).isEmpty();

        Run invalid = potctl("create", "bad.name", "-b", "13.2");
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.err().strip()).startsWith("potctl: 'bad.name' is not a valid pot name");

        Run usage = potctl("start");
        assertThat(usage.exit()).isEqualTo(2);

        Run state = potctl("snapshot", "nginx");
        assertThat(state.exit()).isEqualTo(1);
        assertThat(state.err()).contains("still running");
    }

    @Test
    void everySubcommandAtEveryDepthAnswersHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(PotCtl.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(20).anyMatch(p -> p.equals(List.of("flavour", "lint")));
        for (List<String> path : paths) {
            for (String help : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(path);
                args.add(help);
                Run r = potctl(args.toArray(String[]::new));
                assertThat(r.exit()).as("potctl %s: %s", args, r.err()).isZero();
                assertThat(r.out()).as("potctl %s", args).startsWith("Usage: potctl " + String.join(" ", path));
                assertThat(r.err()).as("potctl %s", args).isEmpty();
            }
        }
    }

    private static void collect(picocli.CommandLine cli, List<String> path, List<List<String>> into) {
        cli.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommand() instanceof picocli.CommandLine.HelpCommand) {
                return;
            }
            List<String> here = new ArrayList<>(path);
            here.add(name);
            into.add(here);
            collect(sub, here, into);
        });
    }

    @Test
    void execWithoutACommandIsAUsageError() {
        Run r = potctl("exec", "nginx");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Missing required parameter: 'CMD'").doesNotContain("Exception", "null");
    }

    @Test
    void aNameNoPotCanHaveIsAUsageErrorOnEverySubcommand() {
        String bad = "bad;name";
        List<List<String>> calls = List.of(
                List.of("info", bad),
                List.of("start", bad),
                List.of("stop", bad),
                List.of("snapshot", bad),
                List.of("revert", bad),
                List.of("destroy", "--yes", bad),
                List.of("set-attr", bad, "persistent", "NO"),
                List.of("exec", bad, "hostname"),
                List.of("export", bad, "--tag", "1.0"),
                List.of("create", bad, "-b", "13.2"));
        for (List<String> call : calls) {
            Run r = potctl(call.toArray(String[]::new));
            assertThat(r.exit()).as("potctl %s: %s", call, r.err()).isEqualTo(2);
            assertThat(r.err()).as("potctl %s", call).startsWith("potctl: 'bad;name' ");
        }
    }

    @Test
    void exportToAMissingDirectorySaysSoAndLeavesNothing(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path missing = dir.resolve("no-such-dir");

        Run r = potctl("export", "web", "--tag", "1.1", "--to-local", missing.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("potctl: --to-local " + missing + ": the directory does not exist (create it first)");
        assertThat(missing).doesNotExist();
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aPathInAMissingDirectoryIsNamedAsSuchNotPrintedBare(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path key = dir.resolve("no-such-dir").resolve("pot");

        Run r = potctl("keygen", key.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("potctl: the directory " + key.getParent() + " does not exist (needed for " + key + ".sec)");
        assertThat(key.getParent()).doesNotExist();
    }

    @Test
    void destroyWithoutATerminalNeedsYes() {
        Run r = potctl("destroy", "web");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--yes");
        assertThat(potctl("destroy", "--yes", "web-staging").exit()).isZero();
    }

    @Test
    void startExplainsAFailedApplication() {
        Run r = potctl("start", "batch");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("batch's command exited with status 3");
        assertThat(r.out()).contains("===>  Starting the pot batch");
    }

    @Test
    void execReturnsTheInnerStatus() {
        Run r = potctl("exec", "nginx", "hostname");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("nginx.sandbox");
        assertThat(potctl("exec", "nginx", "sh", "-c", "exit 7").exit()).isEqualTo(7);
    }

    @Test
    void theCliLoadsNoJavaFxClass() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-verbose:class",
                        "-cp",
                        System.getProperty("java.class.path"),
                        PotCtl.class.getName(),
                        "ls")
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(log)
                .contains("potconsole.app.cli.PotCtl")
                .doesNotContain("javafx.")
                .doesNotContain("atlantafx");
    }

    /** A wedged pot: start explains and refuses; start --fix runs pot stop, then pot start. */
    @Test
    void aWedgedPotIsExplainedAndFixedOnRequest() {
        potconsole.engine.sandbox.SandboxHost host =
                potconsole.engine.sandbox.SandboxHost.demoForTests(java.time.Clock.systemUTC());
        new potconsole.engine.service.PotService(host, potconsole.engine.exec.Privilege.NONE)
                .execute(potconsole.engine.command.StartCommand.of("web"));
        host.loseJail("web");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int refused =
                PotCtl.run(new String[] {"start", "web"}, new PrintWriter(out, true), new PrintWriter(err, true), host);
        assertThat(refused).isEqualTo(1);
        assertThat(err.toString()).contains("web is wedged", "no jail of that name", "potctl start --fix web");
        int fixed = PotCtl.run(
                new String[] {"start", "--fix", "web"}, new PrintWriter(out, true), new PrintWriter(err, true), host);
        assertThat(fixed).isZero();
        assertThat(new potconsole.engine.service.PotService(host, potconsole.engine.exec.Privilege.NONE)
                        .isRunning("web"))
                .isTrue();
    }

    /** Clones block a destroy: said before anything is sent. */
    @Test
    void destroyOfAPotWithClonesIsRefusedBeforeSending() {
        Run r = potctl("destroy", "web", "--yes");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("cannot destroy web: web-staging was cloned from web");
    }
}
