package potconsole.app.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Tty;

class LocalPtyRunnerTest {
    private static String readUntil(InputStream in, String text) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int b;
        while (!seen.toString(StandardCharsets.UTF_8).contains(text) && (b = in.read()) >= 0) {
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLocalTerminalHasItsSizeAndTakesInput() throws Exception {
        Tty tty = new LocalPtyRunner()
                .openTty(ExecRequest.of("sh", "-c", "stty size; echo ready; read x; echo got:$x"), 90, 20);
        assertThat(readUntil(tty.output(), "ready")).contains("20 90");
        tty.input().write("typed\r".getBytes(StandardCharsets.UTF_8));
        tty.input().flush();
        assertThat(readUntil(tty.output(), "got:typed")).contains("got:typed");
        assertThat(tty.waitFor()).isZero();
        tty.close();
    }
}
