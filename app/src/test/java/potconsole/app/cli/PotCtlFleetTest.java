package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static potconsole.app.cli.PotCtlTest.potctl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.cli.PotCtlTest.Run;

class PotCtlFleetTest {
    @TempDir
    Path dir;

    @Test
    void copySaysThePlanThenCopiesAndChecks() throws Exception {
        Run r = potctl(
                "copy", "web", "--to", "sandbox", "--as", "web2", "--level", "1", "--keep-image", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("mount-in zroot/pot/fscomp/www-data at /usr/local/www is not part of the image");
        assertThat(r.out()).startsWith("copied web as web2 (").contains("checked:");
        try (Stream<Path> kept = Files.list(dir)) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(f -> f.matches("web_\\d+\\.xz"));
        }
    }

    @Test
    void aRefusedCopyExitsOneAndAMoveWithoutATerminalNeedsYes() {
        Run multi = potctl("copy", "multi", "--to", "sandbox", "--as", "m2");
        assertThat(multi.exit()).isEqualTo(1);
        assertThat(multi.err()).contains("only single type pot can be exported");

        Run move = potctl("copy", "demo", "--to", "sandbox", "--as", "demo2", "--move", "--snapshot");
        assertThat(move.exit()).isEqualTo(2);
        assertThat(move.err()).contains("add --yes").contains("nothing was changed");
    }

    @Test
    void asCodePrintsTheFlavourFilesAndTheCreateLineOrWritesThem() throws Exception {
        Run r = potctl("as-code", "web");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("# web-as-code\n", "mount-in -f www-data -m /usr/local/www -r")
                .contains("# web-as-code-cmd\nset-cmd -c nginx -g 'daemon off;'")
                .contains("pot create -p web -b 13.2 -t single -N inherit -S ipv4 -f web-as-code -f web-as-code-cmd");
        assertThat(r.err()).contains("GREETING has white space");

        Run written = potctl("as-code", "db", "--format", "ansible", "--dir", dir.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(Files.readString(dir.resolve("db-as-code.yml")))
                .contains("zilti.pot.pot_bridge:", "bridge_name: \"backend\"", "zilti.pot.pot_jail:");
    }
}
