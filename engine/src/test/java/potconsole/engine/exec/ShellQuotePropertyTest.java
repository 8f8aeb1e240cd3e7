package potconsole.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: any string (quotes, $(), backticks, ;, &&, globs, newlines, unicode) quoted by {@link ShellQuote} and
 * given to a real {@code /bin/sh -c} arrives byte for byte as {@code $1}, and nothing in it is executed. Seeded, so a
 * failure is reproducible.
 */
class ShellQuotePropertyTest {
    private static final long SEED = 0x907C0A501EL;
    private static final int TRIES = 10_240;
    private static final String[] NASTY = {
        "'",
        "\"",
        "\\",
        "$(",
        ")",
        "`",
        ";",
        "&&",
        "||",
        "|",
        "&",
        "*",
        "?",
        "[",
        "]",
        "{",
        "}",
        "~",
        "#",
        "!",
        "\n",
        "\r",
        "\t",
        " ",
        "$",
        "${",
        "<",
        ">",
        ">>",
        "%",
        "=",
        "-",
        "--",
        "\u00e9",
        "\u65e5\u672c",
        "\ud83d\ude00",
        "\u200b",
        "\u0001",
        "\u007f"
    };

    @TempDir
    Path dir;

    @Test
    void everyStringArrivesUnchangedAndNothingRuns() throws Exception {
        Path canary = dir.resolve("canary");
        Random random = new Random(SEED);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            all.add(randomString(random, canary));
        }
        all.set(0, "");
        all.set(1, "$(touch " + canary + ")");
        all.set(2, "`touch " + canary + "`");
        all.set(3, "'; touch " + canary + "; echo '");
        LocalRunner sh = new LocalRunner();
        int checked = 0;
        for (String s : all) {
            // The outer command line (sh -c PROGRAM sh STRING) is built by the quoter; STRING must arrive as $1.
            List<String> argv = List.of("sh", "-c", "printf '%s' \"$1\"; printf '\\0'", "sh", s);
            List<String> received = new ArrayList<>();
            ExecResult r = runSplit(sh, argv, received);
            assertThat(r.exitCode()).isZero();
            assertThat(received).as("string #%d", checked).containsExactly(s);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10_000);
        assertThat(Files.exists(canary)).as("no quoted string was executed").isFalse();
    }

    @Test
    void nulIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> ShellQuote.quote("a\0b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NUL");
    }

    @Test
    void plainWordsStayReadable() {
        assertThat(ShellQuote.join(List.of("pot", "info", "-v", "-p", "web"))).isEqualTo("pot info -v -p web");
        assertThat(ShellQuote.quote("nginx -g 'daemon off;'")).isEqualTo("'nginx -g '\\''daemon off;'\\'''");
        assertThat(ShellQuote.quote("")).isEqualTo("''");
    }

    private static ExecResult runSplit(LocalRunner sh, List<String> argv, List<String> received) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExecResult r = sh.run(
                new ExecRequest(
                        argv,
                        java.util.Optional.empty(),
                        new byte[0],
                        false,
                        potconsole.engine.exec.Privilege.NONE,
                        new potconsole.engine.exec.Cancellation()),
                new ExecListener() {
                    @Override
                    public void stdoutBytes(byte[] buffer, int offset, int length) {
                        out.write(buffer, offset, length);
                    }
                });
        byte[] bytes = out.toByteArray();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                received.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return r;
    }

    private static String randomString(Random random, Path canary) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(5)) {
                case 0 -> sb.append(NASTY[random.nextInt(NASTY.length)]);
                case 1 -> sb.append("touch ").append(canary);
                case 2 -> sb.appendCodePoint(randomCodePoint(random));
                case 3 -> sb.append((char) ('a' + random.nextInt(26)));
                default -> sb.append(NASTY[random.nextInt(NASTY.length)]).append(NASTY[random.nextInt(NASTY.length)]);
            }
        }
        return sb.toString();
    }

    /** Any Unicode scalar value except NUL and the surrogates (which UTF-8 cannot carry alone). */
    private static int randomCodePoint(Random random) {
        while (true) {
            int cp = random.nextInt(4) == 0 ? 1 + random.nextInt(0x10FFFF) : 1 + random.nextInt(0x2FFF);
            if (cp < 0xD800 || cp > 0xDFFF) {
                return cp;
            }
        }
    }
}
