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
}
