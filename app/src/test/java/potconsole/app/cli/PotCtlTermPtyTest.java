package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code potctl term} as a person runs it: in a JVM of its own on a pseudo-terminal (pty4j), against the sandbox.
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
        JsonNode pots = new ObjectMapper().readTree(PotCtlTest.potctl("ls", "--json").out());
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
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PotCtl.class.getName(),
                "term",
                pot);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TERM", "xterm");
        PtyProcess p = new PtyProcessBuilder(command.toArray(String[]::new))
                .setEnvironment(env)
                .setInitialColumns(100)
                .setInitialRows(30)
                .start();

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
