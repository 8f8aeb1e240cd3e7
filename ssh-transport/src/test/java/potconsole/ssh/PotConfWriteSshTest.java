package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.setup.PotConfWriter;
import potconsole.engine.setup.SetupProbe;
import potconsole.engine.setup.SetupReport;
import potconsole.engine.setup.SetupStep;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * The setup wizard's pot.conf write over a real SSH session (loopback sshd): the new file appears whole under its
 * name, the old one is kept next to it, no temporary file is left, a failed write changes nothing, and the restore
 * puts the kept copy back.
 */
class PotConfWriteSshTest {
    @TempDir
    static Path dir;

    private static OpenSshServer server;
    private static SshRunner runner;

    @BeforeAll
    static void start() {
        OpenSshServer.require();
        server = OpenSshServer.start(dir.resolve("sshd"));
        runner = new SshRunner(server.target(), SshPrompts.nonInteractive());
    }

    @AfterAll
    static void stop() {
        if (runner != null) {
            runner.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static int run(String script, List<String> lines) {
        return runner.run(ExecRequest.script(script), new ExecListener() {
                    @Override
                    public void stdoutLine(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void stderrLine(String line) {
                        lines.add(line);
                    }
                })
                .exitCode();
    }

    private static List<String> names(Path etc) throws Exception {
        try (Stream<Path> s = Files.list(etc)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAtomicallyKeepsTheOldFileAndRestoresIt() throws Exception {
        Path etc = Files.createDirectories(dir.resolve("a/usr/local/etc/pot"));
        Path conf = etc.resolve("pot.conf");
        Files.writeString(conf, "# mine\nPOT_EXTIF=em0\n");
        String backup = PotConfWriter.backupPath(conf.toString(), Instant.parse("2026-12-05T15:00:00Z"));
        List<String> lines = new ArrayList<>();

        int exit = run(PotConfWriter.writeScript(conf.toString(), backup, "# mine\nPOT_EXTIF=vtnet0\n"), lines);

        assertThat(exit).as("%s", lines).isZero();
        assertThat(Files.readString(conf)).isEqualTo("# mine\nPOT_EXTIF=vtnet0\n");
        assertThat(Files.readString(Path.of(backup))).isEqualTo("# mine\nPOT_EXTIF=em0\n");
        assertThat(names(etc)).containsExactly("pot.conf", "pot.conf.bak-20261205T150000Z");
        assertThat(lines).contains("kept " + backup, "wrote " + conf);
        assertThat(Integer.toOctalString((int) Files.getAttribute(conf, "unix:mode") & 0777))
                .isEqualTo("644");

        assertThat(run(PotConfWriter.restoreScript(conf.toString(), Optional.of(backup)), lines))
                .isZero();
        assertThat(Files.readString(conf)).isEqualTo("# mine\nPOT_EXTIF=em0\n");
        assertThat(names(etc)).containsExactly("pot.conf", "pot.conf.bak-20261205T150000Z");
    }

    @Test
    void aFirstWriteHasNoBackupAndItsRestoreRemovesIt() throws Exception {
        Path etc = Files.createDirectories(dir.resolve("b/etc/pot"));
        Path conf = etc.resolve("pot.conf");
        String backup = PotConfWriter.backupPath(conf.toString(), Instant.EPOCH);
        String text = "POT_NETWORK=10.192.0.0/10\nEOF\n'quoted' $HOME `x`\n";

        assertThat(run(PotConfWriter.writeScript(conf.toString(), backup, text), new ArrayList<>()))
                .isZero();
        assertThat(Files.readString(conf)).as("the text travels verbatim").isEqualTo(text);
        assertThat(names(etc)).containsExactly("pot.conf");

        assertThat(run(PotConfWriter.restoreScript(conf.toString(), Optional.empty()), new ArrayList<>()))
                .isZero();
        assertThat(names(etc)).isEmpty();
    }

    @Test
    void aWriteThatCannotCreateItsTemporaryFileChangesNothing() throws Exception {
        Path missing = dir.resolve("c/nowhere/pot.conf");
        List<String> lines = new ArrayList<>();

        int exit = run(PotConfWriter.writeScript(missing.toString(), missing + ".bak", "X=1\n"), lines);

        assertThat(exit).isNotZero();
        assertThat(dir.resolve("c")).doesNotExist();
    }

    @Test
    void theSetupProbeRunsInAPosixShellAndReportsAHostWithoutPot() {
        SetupProbe probe = SetupProbe.create();
        List<String> lines = new ArrayList<>();

        assertThat(run(probe.script(), lines)).isZero();
        SetupReport report = probe.parse(lines);

        assertThat(report.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(report.potInstalled()).as("no pot on this PATH").isFalse();
        assertThat(SetupStep.INSTALL_POT.status(report)).isEqualTo(SetupStep.Status.TODO);
    }
}
