package potconsole.engine.flavour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FlavourFileTest {
    /** Every shape of pot-spec §6 and the seed and potluck examples, byte for byte. */
    static Stream<String> shapes() throws Exception {
        List<String> shapes = new ArrayList<>(List.of(
                "set-attribute -A start-at-boot -V YES\n",
                "set-cmd -c /usr/local/bin/hello\n",
                "copy-in -s /usr/local/etc/pot/flavours/mariadb.d/local -d /root/.pot_local\n"
                        + "set-attribute -A persistent -V OFF\nset-attribute -A no-rc-script -V ON\n",
                "set-cmd -c \"/usr/local/bin/cook\"\n",
                "",
                "\n",
                "set-rss -C 2\nset-rss -M 1G",
                "# a comment pot ignores\n\nset-env -E A=1 -E B=2\n",
                "export-ports -e tcp:80:8080 -e udp:53\r\nmount-in -f www -m /usr/local/www -r\r\n",
                "  add-dep -P base-pot  \n\tcopy-in-flv -s files/rc.conf -d /etc/rc.conf\n"));
        try (Stream<Path> templates = Files.list(FlavourTemplates.DIRECTORY)) {
            for (Path t : templates.sorted().toList()) {
                shapes.add(Files.readString(t));
            }
        }
        return shapes.stream();
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void openAndSaveWithoutEditsChangesNoByte(String text) {
        assertThat(FlavourFile.parse(text).render()).isEqualTo(text);
    }

    @Test
    void setCmdTakesTheRestOfTheLineLiterallyWithOnePairOfQuotesStripped() {
        FlavourLine line = new FlavourLine("set-cmd -c \"nginx -g 'daemon off;'\"");

        assertThat(line.valid()).isTrue();
        assertThat(line.setCmdValue()).contains("nginx -g 'daemon off;'");
        assertThat(line.potArguments("web")).containsExactly("-c", "nginx -g 'daemon off;'", "-p", "web");
        assertThat(new FlavourLine("set-cmd -c \"\"a\"\"").setCmdValue()).contains("\"a\"");
        assertThat(new FlavourLine("set-cmd  -c x").valid())
                .as("pot wants exactly 'set-cmd -c '")
                .isFalse();
    }

    @Test
    void otherLinesAreSplitOnWhitespaceWithQuotesKept() {
        FlavourLine line = new FlavourLine("set-env -E GREETING=\"hello world\"");

        assertThat(line.potArguments("web")).containsExactly("-E", "GREETING=\"hello", "world\"", "-p", "web");
        assertThat(line.options("-E")).containsExactly("GREETING=\"hello");
        assertThat(new FlavourLine("set-attr -A persistent -V NO").valid()).isFalse();
        assertThat(new FlavourLine("copy-in-flv -s a -d /b").command()).contains(FlavourCommand.COPY_IN_FLV);
    }

    /** Property: any file built from valid lines renders back to exactly the text it was parsed from. */
    @Test
    void renderingAParsedValidFileReproducesIt() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            List<FlavourLine> lines = new ArrayList<>();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                lines.add(randomLine(random));
            }
            String text = new FlavourFile(lines, random.nextBoolean() || n == 0).render();
            FlavourFile parsed = FlavourFile.parse(text);

            assertThat(parsed.render()).isEqualTo(text);
            if (n > 0) {
                assertThat(parsed.lines()).isEqualTo(lines);
                assertThat(parsed.lines()).allMatch(FlavourLine::valid);
                assertThat(FlavourLinter.lint(parsed)).as(text).allMatch(f -> f.line() == LintFinding.WHOLE_FLAVOUR);
            }
        }
    }

    private static FlavourLine randomLine(Random r) {
        String word = "v" + r.nextInt(1000);
        return switch (r.nextInt(9)) {
            case 0 -> FlavourLine.of(FlavourCommand.ADD_DEP, List.of("-P", "pot" + r.nextInt(9)));
            case 1 ->
                FlavourLine.of(
                        FlavourCommand.SET_ATTRIBUTE,
                        List.of("-A", "persistent", "-V", r.nextBoolean() ? "YES" : "NO"));
            case 2 -> FlavourLine.of(FlavourCommand.COPY_IN, List.of("-s", "/srv/" + word, "-d", "/root/" + word));
            case 3 -> FlavourLine.of(FlavourCommand.COPY_IN_FLV, List.of("-s", word, "-d", "/etc/" + word));
            case 4 -> FlavourLine.of(FlavourCommand.MOUNT_IN, List.of("-d", "/srv/" + word, "-m", "/mnt/" + word));
            case 5 -> FlavourLine.of(FlavourCommand.SET_RSS, List.of("-C", String.valueOf(1 + r.nextInt(8))));
            case 6 ->
                FlavourLine.of(
                        FlavourCommand.EXPORT_PORTS,
                        List.of("-e", "tcp:" + (1 + r.nextInt(9000)) + ":" + (1 + r.nextInt(9000))));
            case 7 -> FlavourLine.of(FlavourCommand.SET_CMD, List.of("/usr/local/bin/" + word, "-g", "'x y;'"));
            default -> FlavourLine.of(FlavourCommand.SET_ENV, List.of("-E", "K" + r.nextInt(99) + "=" + word));
        };
    }
}
