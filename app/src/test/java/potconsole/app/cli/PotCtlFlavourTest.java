package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static potconsole.app.cli.PotCtlTest.potctl;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;
import potconsole.resources.Bundled;

class PotCtlFlavourTest {
    @TempDir
    Path dir;

    @BeforeEach
    void seedFlavours() throws Exception {
        for (String name : new String[] {"nginx-test", "nginx-test.sh", "nginx-test-cmd"}) {
            Files.writeString(dir.resolve(name), Bundled.text("flavours/" + name));
        }
        dir.resolve("nginx-test.sh").toFile().setExecutable(true);
    }

    @Test
    void lintPassesTheSeedFlavoursAndExplainsABrokenOne() throws Exception {
        assertThat(potctl(
                                "flavour",
                                "lint",
                                dir.resolve("nginx-test").toString(),
                                dir.resolve("nginx-test-cmd").toString())
                        .exit())
                .isZero();
        Files.writeString(dir.resolve("broken"), "set-attr -A persistent -V NO\nset-cmd -c nginx\n");

        Run r = potctl(
                "flavour",
                "lint",
                dir.resolve("broken").toString(),
                dir.resolve("nginx-test").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out())
                .contains("broken: line 1: error: pot ignores 'set-attr' in a flavour — write set-attribute")
                .contains("order: warning: flavour broken sets the command but is not applied last");
    }

    @Test
    void theReadmesLintAndPreviewExamplesWorkAsWritten() {
        // README: potctl flavour lint nginx-test nginx-test-cmd — names, not files: the host's (the sandbox's)
        // flavour directory, then the bundled templates.
        Run lint = potctl("flavour", "lint", "nginx-test", "nginx-test-cmd");
        assertThat(lint.exit()).as(lint.err()).isZero();
        assertThat(lint.err()).isEmpty();

        Run preview = potctl("flavour", "preview", "--network", "public-bridge", "nginx-test", "nginx-test-cmd");
        assertThat(preview.exit()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("pot.cmd: sh /etc/rc → nginx -g 'daemon off;'");

        Run fromHost = potctl("flavour", "lint", "demo-nginx");
        assertThat(fromHost.exit()).as(fromHost.err()).isZero();

        Run missing = potctl("flavour", "lint", "no-such-flavour");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .startsWith("potctl: Flavour no-such-flavour not found: no file no-such-flavour here, none in"
                        + " sandbox's flavour directory")
                .contains("nginx-test, nginx-test-cmd, set-cmd-only");
    }

    @Test
    void previewPrintsWhatTheFlavoursChangeInPotConf() {
        Run r = potctl(
                "flavour",
                "preview",
                "--network",
                "public-bridge",
                "--name",
                "web",
                dir.resolve("nginx-test").toString(),
                dir.resolve("nginx-test-cmd").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("~ pot.cmd: sh /etc/rc → nginx -g 'daemon off;'")
                .contains("+ pot.rss.memory=256M")
                .contains("+ pot.export.ports=80");
        assertThat(potctl(
                                "flavour",
                                "preview",
                                "--network",
                                "nat",
                                dir.resolve("nginx-test").toString())
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void pushSavesIntoTheHostsFlavourDirectoryAndRefusesErrors() throws Exception {
        Run r = potctl("flavour", "push", dir.resolve("nginx-test.sh").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .isEqualTo("pushed nginx-test to /usr/local/etc/pot/flavours on sandbox" + System.lineSeparator());
        Files.writeString(dir.resolve("broken"), "set-rss -C two\n");
        Run refused = potctl("flavour", "push", dir.resolve("broken").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("not pushing broken");
    }
}
