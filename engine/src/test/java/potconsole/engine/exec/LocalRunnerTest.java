package potconsole.engine.exec;

import potconsole.engine.testkit.ShellRunnerContract;

class LocalRunnerTest extends ShellRunnerContract {
    private final LocalRunner runner = new LocalRunner();

    @Override
    protected CommandRunner runner() {
        return runner;
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
