package potconsole.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import potconsole.engine.sandbox.SandboxHost;

class DeferredRunnerTest {
    @Test
    void commandsWaitForTheRunnerAndThenGoToIt() throws Exception {
        CompletableFuture<SandboxHost> later = new CompletableFuture<>();
        DeferredRunner runner = new DeferredRunner(later, "sandbox");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> runner.run(ExecRequest.of("pot", "version"), new CapturingListener())
                        .exitCode());

        assertThat(exit).isNotDone();
        later.complete(SandboxHost.recordedHost(Clock.systemUTC()));

        assertThat(exit.get()).isZero();
        assertThat(runner.files()).isPresent();
        assertThat(runner.describe()).isEqualTo("sandbox");
    }

    @Test
    void aRunnerThatCouldNotBeSetUpFailsEveryCommandWithWhy() {
        DeferredRunner runner =
                new DeferredRunner(CompletableFuture.failedFuture(new IllegalStateException("seed broke")), "sandbox");

        assertThatThrownBy(() -> runner.run(ExecRequest.of("pot", "version"), new CapturingListener()))
                .isInstanceOf(ExecFailedException.class)
                .hasMessage("sandbox could not be set up: seed broke");
    }
}
