package potconsole.engine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;

/**
 * What every {@link CommandRunner} must do: exit codes, streamed output (≥ 50 MB without holding it), stdin, stderr
 * kept apart, unicode, and cancellation that really ends the process. Each runner's test supplies the requests that
 * produce the behaviour on its kind of host.
 */
public abstract class CommandRunnerContract {
    protected static final long LARGE_OUTPUT = 50L * 1024 * 1024;

    protected abstract CommandRunner runner();

    /** Exits with {@code code} (called with 0, 1 and 125). */
    protected abstract ExecRequest exitWith(int code);

    /** Prints {@code text} and a newline on stdout. */
    protected abstract ExecRequest echo(String text);

    /** Copies its stdin to stdout. */
    protected abstract ExecRequest catStdin(byte[] input);

    /** Prints {@code out} on stdout and {@code err} on stderr, one line each. */
    protected abstract ExecRequest outAndErr(String out, String err);

    /** Prints {@code bytes} zero bytes on stdout. */
    protected abstract ExecRequest zeros(long bytes);

    /** Prints {@code marker} on a line, then runs until ended. */
    protected abstract ExecRequest announceThenBlock(String marker);

    /** Whether the process started by {@link #announceThenBlock} is still alive. */
    protected abstract boolean stillRunning(String marker);

    @Test
    void exitCodesArriveUnchanged() {
        for (int code : new int[] {0, 1, 125}) {
            ExecResult result = runner().run(exitWith(code), ExecListener.NONE);
            assertThat(result.exitCode()).as("exit %d", code).isEqualTo(code);
        }
    }

    @Test
    void unicodeSurvivesBothWays() {
        String text = "héllo wörld ✓ 𝄞 日本語 — \"quoted\" 'single' $HOME `x`";
        CapturingListener out = new CapturingListener();
        ExecResult result = runner().run(echo(text), out);
        assertThat(result.exitCode()).isZero();
        assertThat(out.stdout()).containsExactly(text);
    }

    @Test
    void stdinReachesTheCommand() {
        byte[] input = new byte[256 * 1024];
        Random random = new Random(42);
        for (int i = 0; i < input.length; i++) {
            input[i] = (byte) ('a' + random.nextInt(26));
            if (i % 80 == 79) {
                input[i] = '\n';
            }
        }
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        ExecResult result = runner().run(catStdin(input), new ExecListener() {
            @Override
            public void stdoutBytes(byte[] buffer, int offset, int length) {
                received.write(buffer, offset, length);
            }
        });
        assertThat(result.exitCode()).isZero();
        assertThat(received.toByteArray()).isEqualTo(input);
    }

    @Test
    void stderrIsKeptApartFromStdout() {
        CapturingListener out = new CapturingListener();
        runner().run(outAndErr("to stdout", "to stderr"), out);
        assertThat(out.stdout()).containsExactly("to stdout");
        assertThat(out.stderr()).containsExactly("to stderr");
    }

    @Test
    void binaryStdoutReachesOnlyTheByteCallback() {
        AtomicLong bytes = new AtomicLong();
        List<String> stdoutLines = new CopyOnWriteArrayList<>();
        List<String> stderrLines = new CopyOnWriteArrayList<>();
        ExecResult result = runner().run(outAndErr("to stdout", "to stderr"), new ExecListener() {
            @Override
            public boolean binaryStdout() {
                return true;
            }

            @Override
            public void stdoutBytes(byte[] buffer, int offset, int length) {
                bytes.addAndGet(length);
            }

            @Override
            public void stdoutLine(String line) {
                stdoutLines.add(line);
            }

            @Override
            public void stderrLine(String line) {
                stderrLines.add(line);
            }
        });
        assertThat(result.exitCode()).isZero();
        assertThat(bytes.get()).isEqualTo("to stdout\n".length());
        assertThat(stdoutLines).isEmpty();
        assertThat(stderrLines).containsExactly("to stderr");
    }

    @Test
    void largeOutputIsStreamedInPieces() {
        AtomicLong total = new AtomicLong();
        AtomicInteger chunks = new AtomicInteger();
        AtomicInteger biggestChunk = new AtomicInteger();
        AtomicLong nonZero = new AtomicLong();
        ExecResult result = runner().run(zeros(LARGE_OUTPUT), new ExecListener() {
            @Override
            public void stdoutBytes(byte[] buffer, int offset, int length) {
                total.addAndGet(length);
                chunks.incrementAndGet();
                biggestChunk.accumulateAndGet(length, Math::max);
                for (int i = offset; i < offset + length; i++) {
                    if (buffer[i] != 0) {
                        nonZero.incrementAndGet();
                    }
                }
            }
        });
        assertThat(result.exitCode()).isZero();
        assertThat(total.get()).isEqualTo(LARGE_OUTPUT);
        assertThat(nonZero.get()).isZero();
        assertThat(biggestChunk.get())
                .as("delivered as it arrives, never as one block")
                .isLessThanOrEqualTo(1 << 20);
        assertThat(chunks.get()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void cancellationEndsTheProcess() throws Exception {
        String marker = "potconsole-block-" + System.nanoTime();
        CountDownLatch announced = new CountDownLatch(1);
        ExecRequest request = announceThenBlock(marker);
        CompletableFuture<ExecResult> run =
                CompletableFuture.supplyAsync(() -> runner().run(request, new ExecListener() {
                    @Override
                    public void stdoutLine(String line) {
                        if (line.equals(marker)) {
                            announced.countDown();
                        }
                    }
                }));
        assertThat(announced.await(30, TimeUnit.SECONDS))
                .as("the command started")
                .isTrue();
        assertThat(stillRunning(marker)).isTrue();
        request.cancellation().cancel();
        assertThatThrownBy(() -> run.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ExecCancelledException.class);
        assertThat(stillRunning(marker)).as("nothing left running after cancel").isFalse();
    }

    @Test
    void cancelledBeforeStartRunsNothing() {
        ExecRequest request = echo("never");
        request.cancellation().cancel();
        CapturingListener out = new CapturingListener();
        assertThatThrownBy(() -> runner().run(request, out)).isInstanceOf(ExecCancelledException.class);
        assertThat(out.stdout()).isEmpty();
    }

    @Test
    void linesAreDeliveredWithoutLineEndings() {
        CapturingListener out = new CapturingListener();
        runner().run(echo("a b  c"), out);
        assertThat(out.stdout()).isEqualTo(List.of("a b  c"));
        assertThat(out.stdoutText().getBytes(StandardCharsets.UTF_8)).hasSize(7);
    }
}
