package potconsole.engine.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.ShellQuote;

class ShellWordsTest {
    @Test
    void splitsLikeShAndRoundTripsThroughTheQuoter() {
        List<String> words = ShellWords.split("nginx -g 'daemon off;' \"a \\\"b\\\"\" c\\ d");
        assertThat(words).containsExactly("nginx", "-g", "daemon off;", "a \"b\"", "c d");
        assertThat(ShellWords.split(ShellQuote.join(words))).isEqualTo(words);
        assertThatThrownBy(() -> ShellWords.split("echo 'open")).hasMessageContaining("not closed");
    }

    @Test
    void theSandboxShellsReadingExpandsDollarsOutsideSingleQuotesAndLetsAnOpenQuoteRunToTheEnd() {
        ShellWords.Dollar one = (line, at, out) -> {
            out.append("ONE");
            return at + 2;
        };
        assertThat(ShellWords.split("echo $1 \"[$1]\" '$1'", one, true)).containsExactly("echo", "ONE", "[ONE]", "$1");
        assertThat(ShellWords.split("echo 'open", ShellWords.LITERAL, true)).containsExactly("echo", "open");
        assertThat(ShellWords.split("echo \"open $x", ShellWords.LITERAL, true)).containsExactly("echo", "open $x");
    }
}
