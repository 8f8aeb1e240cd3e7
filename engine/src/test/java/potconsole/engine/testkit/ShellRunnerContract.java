package potconsole.engine.testkit;

import potconsole.engine.exec.ExecRequest;

/** The contract's scenarios for runners whose host is a POSIX shell (this machine, an SSH host). */
public abstract class ShellRunnerContract extends CommandRunnerContract {
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

    /** The processes run on this machine (also for the loopback SSH host), so they can be seen directly. */
    @Override
    protected boolean stillRunning(String marker) {
        return ProcessHandle.allProcesses()
                .anyMatch(p -> p.isAlive()
                        && p.info()
                                .arguments()
                                .map(a -> String.join(" ", a).contains(marker))
                                .orElse(false));
    }
}
