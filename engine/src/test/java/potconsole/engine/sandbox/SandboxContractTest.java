package potconsole.engine.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.testkit.CommandRunnerContract;

/** The sandbox passes the runner contract through {@code pot exec} inside its running pot. */
class SandboxContractTest extends CommandRunnerContract {
    private final SandboxHost host =
            SandboxHost.demoForTests(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC));

    @Override
    protected CommandRunner runner() {
        return host;
    }

    private static ExecRequest inPot(String... command) {
        String[] argv = new String[command.length + 4];
        argv[0] = "pot";
        argv[1] = "exec";
        argv[2] = "-p";
        argv[3] = "nginx";
        System.arraycopy(command, 0, argv, 4, command.length);
        return ExecRequest.of(argv);
    }

    @Override
    protected ExecRequest exitWith(int code) {
        return inPot("sh", "-c", "exit " + code);
    }

    @Override
    protected ExecRequest echo(String text) {
        return inPot("echo", text);
    }

    @Override
    protected ExecRequest catStdin(byte[] input) {
        return inPot("cat").withStdin(input);
    }

    @Override
    protected ExecRequest outAndErr(String out, String err) {
        return inPot("sh", "-c", "echo \"$1\"; echo \"$2\" >&2", "sh", out, err);
    }

    @Override
    protected ExecRequest zeros(long bytes) {
        return inPot("head", "-c", String.valueOf(bytes), "/dev/zero");
    }

    @Override
    protected ExecRequest announceThenBlock(String marker) {
        return inPot("sh", "-c", "echo " + marker + "; tail -f /dev/null");
    }

    @Override
    protected boolean stillRunning(String marker) {
        return host.activeCommands().stream().anyMatch(c -> c.contains(marker));
    }
}
