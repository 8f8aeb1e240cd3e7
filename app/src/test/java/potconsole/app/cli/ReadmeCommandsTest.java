package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's two commands are the ones CI runs: the test command does the whole set-up, .ci/run calls it. */
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theTestCommandInstallsWhatTheTestsNeedAndCiRunsIt() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String block = readme.substring(readme.indexOf("## Two commands"));
        block = block.substring(block.indexOf("```sh\n") + 6, block.indexOf("```", block.indexOf("```sh\n") + 6));
        List<String> commands = block.lines()
                .map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> !l.isEmpty())
                .toList();
        assertThat(commands).containsExactly("mvn -Prun -DskipTests package", "./test");
        assertThat(readme).contains("sudo apt-get install libgtk-3-0");

        Path test = ROOT.resolve("test");
        assertThat(Files.isExecutable(test)).isTrue();
        String script = Files.readString(test);
        for (String tool :
                List.of("dash", "busybox", "util-linux", "openssh-server", "xz-utils", "signify-openbsd", "xvfb")) {
            assertThat(script).as("./test installs " + tool).contains("need+=(" + tool + ")");
        }
        assertThat(script.strip()).endsWith("exec mvn verify \"$@\"");
        assertThat(Files.readAllLines(ROOT.resolve(".ci/run"))).contains("./test");
    }
}
