package potconsole.engine.exec;

import potconsole.engine.testkit.CommandRunnerContract;

class LocalRunnerTest extends CommandRunnerContract {
    private final LocalRunner runner = new LocalRunner();

    @Override
    protected CommandRunner runner() {
        return runner;
    }

    @Override
    protected ExecRequest exitWith(int code) {
        return ExecRequest.of("sh", "-c", "exit " + code);
    }

    @Override
    protected ExecRequest echo(String text) {
        return ExecRequest.of("printf", "%s\\n", text);
    }

    @Override
    protected ExecRequest catStdin(byte[] input) {
        return ExecRequest.of("cat").withStdin(input);
    }

    @Override
    protected ExecRequest outAndErr(String out, String err) {
        return ExecRequest.of("sh", "-c", "printf '%s\\n' \"$1\"; printf '%s\\n' \"$2\" >&2", "sh", out, err);
    }

    @Override
    protected ExecRequest zeros(long bytes) {
        return ExecRequest.of("head", "-c", String.valueOf(bytes), "/dev/zero");
    }

    @Override
    protected ExecRequest announceThenBlock(String marker) {
        return ExecRequest.of("sh", "-c", "echo \"$1\"; while :; do sleep 1; done", "sh", marker);
    }

    @Override
    protected boolean stillRunning(String marker) {
        return ProcessHandle.allProcesses()
                .anyMatch(p -> p.isAlive()
                        && p.info()
                                .arguments()
                                .map(a -> String.join(" ", a).contains(marker))
                                .orElse(false));
    }

    @org.junit.jupiter.api.Test
    void scriptsRunFromStdin() {
        CapturingListener out = new CapturingListener();
        ExecResult r = runner.run(ExecRequest.script("a=1\necho \"one $a\"\necho two >&2\nexit 4\n"), out);
        org.assertj.core.api.Assertions.assertThat(r.exitCode()).isEqualTo(4);
        org.assertj.core.api.Assertions.assertThat(out.stdout()).containsExactly("one 1");
        org.assertj.core.api.Assertions.assertThat(out.stderr()).containsExactly("two");
    }
}
