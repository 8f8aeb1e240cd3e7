package potconsole.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import potconsole.engine.model.NetworkStack;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotType;
import potconsole.engine.testkit.Transcript;

/** The commands and flags the console renders exist in pot 0.16.0's own help output. */
class PotHelpTest {
    @Test
    void everySubcommandTheConsoleRendersIsListedByPotHelp() {
        String help = Transcript.load("72-help.txt").stdout();
        List<PotCommand> samples = CommandSamples.all();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(38);
        for (PotCommand c : samples) {
            String name = switch (c.subcommand()) {
                case "ls" -> "ls/list";
                case "set-attr" -> "set-attribute/set-attr";
                case "get-attr" -> "get-attribute/set-attr";
                case "snapshot" -> "snap/snapshot";
                case "revert" -> "rollback/revert";
                default -> c.subcommand();
            };
            assertThat(help)
                    .as(c.subcommand())
                    .containsPattern("(?m)^    " + java.util.regex.Pattern.quote(name) + " +--");
        }
    }

    @Test
    void createUsesOnlyFlagsOfCreateHelp() {
        String help = Transcript.load("73-create-help.txt").stdout();
        CreateCommand create = new CreateCommand(
                "p",
                PotType.MULTI,
                Optional.of(1),
                Optional.of("13.2"),
                Optional.empty(),
                new NetworkOptions(
                        Optional.of(NetworkType.PRIVATE_BRIDGE),
                        List.of("auto"),
                        Optional.of("xnet"),
                        Optional.of(NetworkStack.IPV4),
                        Optional.of("inherit")),
                List.of("slim"),
                true);
        for (String word : create.arguments()) {
            if (word.startsWith("-")) {
                assertThat(help).as(word).contains("  " + word + " ");
            }
        }
    }
}
