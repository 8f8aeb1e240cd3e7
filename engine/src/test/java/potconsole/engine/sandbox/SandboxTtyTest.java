package potconsole.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import potconsole.engine.command.TermCommand;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.exec.Tty;
import potconsole.engine.service.PotService;

class SandboxTtyTest {
    private final SandboxHost host =
            SandboxHost.demoForTests(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC));

    /** Reads the screen until {@code text} appears (the shell answers as it is typed to). */
    static String readUntil(InputStream in, String text) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int b;
        while (!seen.toString(StandardCharsets.UTF_8).contains(text) && (b = in.read()) >= 0) {
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void potTermGivesAShellInsideTheRunningPot() throws Exception {
        try (Tty tty = host.openTty(PotService.request(new TermCommand("nginx")), 80, 24)) {
            assertThat(readUntil(tty.output(), "# ")).contains("root@nginx.sandbox:~ # ");
            tty.input().write("hostname\r".getBytes(StandardCharsets.UTF_8));
            tty.input().flush();
            assertThat(readUntil(tty.output(), "nginx.sandbox\r\n")).contains("hostname\r\nnginx.sandbox\r\n");
            tty.input().write("exit\r".getBytes(StandardCharsets.UTF_8));
            tty.input().flush();
            assertThat(tty.waitFor()).isZero();
            assertThat(tty.isOpen()).isFalse();
        }
    }

    @Test
    void aStoppedPotHasNoTerminal() {
        assertThatThrownBy(() -> host.openTty(PotService.request(new TermCommand("web")), 80, 24))
                .isInstanceOf(ExecFailedException.class)
                .hasMessage("The pot web is not running");
    }
}
