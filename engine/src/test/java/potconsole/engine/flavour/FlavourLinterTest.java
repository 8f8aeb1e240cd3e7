package potconsole.engine.flavour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import potconsole.engine.model.NetworkType;

class FlavourLinterTest {
    private static List<LintFinding> lint(String text) {
        return FlavourLinter.lint(FlavourFile.parse(text));
    }

    @Test
    void theSeedFlavoursAreClean() throws Exception {
        assertThat(lint(FlavourTemplates.read("nginx-test"))).isEmpty();
        assertThat(lint(FlavourTemplates.read("nginx-test-cmd"))).isEmpty();
        assertThat(lint(FlavourTemplates.read("set-cmd-only"))).isEmpty();
        assertThat(FlavourLinter.lintBootstrap(
                        FlavourTemplates.read("nginx-test.sh"), true, Optional.of(NetworkType.INHERIT)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "set-attr -A persistent -V NO|write set-attribute",
                "set-hosts -H a:1.2.3.4|not allowed in flavours",
                "install nginx|use one of: add-dep, set-attribute",
                "# comment|flavour files have no comments",
                "set-attribute -A nosuch -V YES|unknown attribute 'nosuch'",
                "set-attribute -A persistent -V maybe|correct the value",
                "set-attribute -A persistent|needs -A ATTRIBUTE -V VALUE",
                "set-rss -C two|is not a number of CPUs",
                "set-rss -M 12Q|correct the value",
                "set-rss|needs -C CPUS or -M MEMORY",
                "set-env -E NOVALUE|correct the value",
                "set-env|set-env needs -E NAME=value",
                "export-ports -e 80:http|correct the value",
                "copy-in -s files/a -d /etc/a|copy-in-flv",
                "copy-in -s /srv/a -d etc/a|must be an absolute path inside the pot",
                "copy-in -s /srv/a|needs -s SOURCE -d DESTINATION",
                "mount-in -d data -m /var/db|pot needs the host directory's absolute path",
                "mount-in -d /a -f b -m /c|exactly one of",
                "mount-in -d /a|needs -m MOUNT-POINT",
                "add-dep|add-dep needs -P POT",
                "set-cmd  -c x|set-cmd -c COMMAND",
                "set-cmd -c \"\"|set-cmd without a command",
                "set-env -E 'A=b'|keeps quotes as part of the values",
            })
    void eachProblemHasAMessageAndAFix(String line, String expected) {
        List<LintFinding> findings = lint(line + "\n");

        assertThat(findings).isNotEmpty();
        assertThat(findings).anyMatch(f -> f.line() == 1 && (f.message() + " " + f.fix()).contains(expected));
        assertThat(findings).allMatch(f -> !f.fix().isBlank());
    }

    @Test
    void aBlankLineAndCrlfEndingsAreFlagged() {
        assertThat(lint("set-rss -C 1\n\nset-rss -M 1G\n"))
                .singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(2));
        assertThat(lint("set-rss -C 1\r\n")).anyMatch(f -> f.message().contains("carriage return"));
    }

    @Test
    void setCmdBelongsInAFlavourOfItsOwnAppliedLast() {
        assertThat(lint("set-rss -C 1\nset-cmd -c nginx\n")).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(LintFinding.WHOLE_FLAVOUR);
            assertThat(f.fix()).contains("flavour of its own");
        });
        FlavourFile cmd = FlavourFile.parse("set-cmd -c nginx\n");
        FlavourFile rest = FlavourFile.parse("set-rss -C 1\n");
        assertThat(FlavourLinter.lintOrder(List.of("cmd", "rest"), List.of(cmd, rest)))
                .singleElement()
                .asString()
                .contains("cmd sets the command but is not applied last");
        assertThat(FlavourLinter.lintOrder(List.of("rest", "cmd"), List.of(rest, cmd)))
                .isEmpty();
    }

    @Test
    void bootstrapShebangExecutableBitAndNetworkWithoutNat() {
        String script = "#!/bin/sh\npkg install -y nginx\n";

        assertThat(FlavourLinter.lintBootstrap("pkg install -y nginx\n", true, Optional.empty()))
                .singleElement()
                .satisfies(f -> assertThat(f.fix()).isEqualTo("start it with #!/bin/sh"));
        assertThat(FlavourLinter.lintBootstrap(script, false, Optional.empty()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("not executable"));
        assertThat(FlavourLinter.lintBootstrap(script, true, Optional.of(NetworkType.PUBLIC_BRIDGE)))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("pot #299"));
        assertThat(FlavourLinter.lintBootstrap(script, true, Optional.of(NetworkType.INHERIT)))
                .isEmpty();
        assertThat(FlavourLinter.lintBootstrap(
                        "#!/bin/sh\n# pkg install -y x\nsysrc a=b\n", true, Optional.of(NetworkType.PRIVATE_BRIDGE)))
                .isEmpty();
    }
}
