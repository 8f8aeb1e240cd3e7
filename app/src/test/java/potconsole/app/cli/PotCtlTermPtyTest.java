package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.ShellQuote;
import potconsole.engine.testkit.RequiredTool;

/**
 * {@code potctl term} as a person runs it: in a JVM of its own on a pseudo-terminal, against the sandbox. The terminal
 * is script(1)'s, as for this machine's terminals (pty4j needs purejavacomm's native layer, which the build leaves out).
 * What is typed reaches the pot's shell, what it shows comes back, and {@code exit} ends the session with status 0.
 */
class PotCtlTermPtyTest {
    private final StringBuilder shown = new StringBuilder();

    /** Reads what the terminal shows until {@code text} has appeared {@code times} times (or the end). */
    private void awaitShown(InputStream screen, String text, int times) throws IOException {
        byte[] buf = new byte[4096];
        while (count(shown.toString(), text) < times) {
            int n;
            try {
                n = screen.read(buf);
            } catch (IOException endOfSession) {
                return; // Linux answers a read after the last close with EIO
            }
            if (n < 0) {
                return;
            }
            shown.append(new String(buf, 0, n, StandardCharsets.UTF_8));
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String aRunningPot() throws IOException {
        JsonNode pots =
                new ObjectMapper().readTree(PotCtlTest.potctl("ls", "--json").out());
        for (JsonNode pot : pots) {
            if (pot.path("state").asText().equals("started")) {
                return pot.path("name").asText();
            }
        }
        throw new AssertionError("the sandbox has no running pot");
    }

    @Test
    void termOnAPseudoTerminalRunsWhatIsTypedInThePotAndEndsWithExit() throws Exception {
        String pot = aRunningPot();
        RequiredTool.require("script", "util-linux");
        String potctl = ShellQuote.join(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PotCtl.class.getName(),
                "term",
                pot));
        ProcessBuilder pb = new ProcessBuilder("script", "-qfec", "stty cols 100 rows 30; exec " + potctl, "/dev/null");
        pb.environment().put("TERM", "xterm");
        Process p = pb.redirectErrorStream(true).start();

        int exit = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            InputStream screen = p.getInputStream();
            OutputStream keys = p.getOutputStream();
            awaitShown(screen, ":~ # ", 1);
            keys.write("echo typed-on-a-pty\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            awaitShown(screen, ":~ # ", 2);
            keys.write("exit\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            awaitShown(screen, "\u0000never", 1); // to the end of the session
            return p.waitFor();
        });

        assertThat(exit).as(shown.toString()).isZero();
        assertThat(shown.toString())
                .contains("Last login: from the Pot Console sandbox")
                .contains("echo typed-on-a-pty\r\ntyped-on-a-pty\r\n")
                .doesNotContain("needs a terminal");
    }
}
