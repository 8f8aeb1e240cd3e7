package potconsole.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * The wrapper's PID file on the host goes to $TMPDIR, else to a 0700 ~/.potconsole, never to a shared /tmp name,
 * and says nothing on stderr. The loopback sshd sets the session's HOME and TMPDIR (SetEnv); the tests run as root
 * here, for whom no directory is unwritable, so "an account that cannot write /tmp" is shown by where the file
 * lands: outside /tmp whenever $TMPDIR is unset or unusable.
 */
class SshTempFilesTest {
    @TempDir
    Path dir;

    record Output(int exit, List<String> out, List<String> err) {}

    private Output run(Map<String, String> env, String... argv) {
        OpenSshServer.require();
        try (OpenSshServer server = OpenSshServer.start(dir.resolve("sshd"), "", env);
                SshRunner runner = new SshRunner(server.target(), SshPrompts.nonInteractive())) {
            List<String> out = new ArrayList<>();
            List<String> err = new ArrayList<>();
            int exit = runner.run(ExecRequest.of(argv), new ExecListener() {
                        @Override
                        public void stdoutLine(String line) {
                            out.add(line);
                        }

                        @Override
                        public void stderrLine(String line) {
                            err.add(line);
                        }
                    })
                    .exitCode();
            return new Output(exit, out, err);
        }
    }

    @Test
    void withoutTmpdirThePidFileIsInA0700DirectoryUnderHomeAndNothingIsSaid() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path mine = home.resolve(".potconsole");

        Output o = run(Map.of("HOME", home.toString()), "ls", "-a", mine.toString());

        assertThat(o.err()).isEmpty();
        assertThat(o.exit()).isZero();
        assertThat(o.out()).anyMatch(l -> l.matches("\\.potconsole-[0-9a-f]+\\.pid"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)))
                .isEqualTo("rwx------");
        try (var left = Files.list(mine)) {
            assertThat(left).as("the PID file is removed after the command").isEmpty();
        }
    }

    @Test
    void aWritableTmpdirIsUsed() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));

        Output o = run(Map.of("HOME", home.toString(), "TMPDIR", tmp.toString()), "ls", "-a", tmp.toString());

        assertThat(o.err()).isEmpty();
        assertThat(o.out()).anyMatch(l -> l.matches("\\.potconsole-[0-9a-f]+\\.pid"));
        assertThat(home.resolve(".potconsole")).doesNotExist();
    }

    @Test
    void aTmpdirThatIsNotThereFallsBackToHomeSilently() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));

        Output o = run(
                Map.of("HOME", home.toString(), "TMPDIR", dir.resolve("gone").toString()),
                "ls",
                "-a",
                home.resolve(".potconsole").toString());

        assertThat(o.err()).isEmpty();
        assertThat(o.out()).anyMatch(l -> l.matches("\\.potconsole-[0-9a-f]+\\.pid"));
    }

    @Test
    void withNowhereToWriteTheCommandStillRunsAndSaysNothingExtra() throws Exception {
        // HOME does not exist: neither $TMPDIR nor ~/.potconsole can take the PID file.
        Output o = run(Map.of("HOME", dir.resolve("no-home").toString()), "echo", "ran");

        assertThat(o.err()).isEmpty();
        assertThat(o.out()).containsExactly("ran");
        assertThat(o.exit()).isZero();
    }
}
