package potconsole.app.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import potconsole.app.cli.agent.AgentClient;
import potconsole.app.cli.agent.AgentLauncher;
import potconsole.app.cli.agent.AgentPaths;
import potconsole.app.cli.agent.Request;
import potconsole.app.cli.agent.Wire;

@Command(
        name = "agent",
        description = "A background potctl that keeps SSH sessions open between runs (like ssh's ControlPersist): "
                + "while it runs, potctl hands host reads and changes to it. Also: POTCTL_PERSIST=10m starts one.",
        subcommands = {AgentCmd.Start.class, AgentCmd.Stop.class, AgentCmd.Status.class, AgentCmd.Serve.class})
final class AgentCmd {
    /** The environment the agent's socket and files come from (tests give their own). */
    static Map<String, String> environment = System.getenv();

    static Path socket() {
        return AgentPaths.socket(environment);
    }

    /** Sends a status or stop request; the exit code, or {@link AgentClient#NO_AGENT}. */
    static int ask(byte kind, PrintWriter out) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int code = AgentClient.send(socket(), Request.fromHere(kind, new String[0], false, environment), text, text);
        out.print(text.toString(StandardCharsets.UTF_8));
        out.flush();
        return code;
    }

    @Command(name = "start", description = "Start the agent (nothing happens when one runs).")
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--idle",
                defaultValue = "10m",
                description = "Stop after this long without a run "
                        + "(10m, 90s, 2h); a session unused that long is closed. Default: ${DEFAULT-VALUE}")
        String idle;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Duration d = AgentLauncher.parseIdle(idle);
            if (ask(Wire.STATUS, new PrintWriter(Writer.nullWriter())) == 0) {
                out.println("potctl agent: already running on " + socket());
                return 0;
            }
            Process p = AgentLauncher.start(d, environment);
            String ready =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (ready == null || !ready.startsWith("ready")) {
                Path log = socket().resolveSibling(AgentPaths.LOG);
                spec.commandLine().getErr().println("potctl agent: did not start; see " + log);
                return PotCtl.POT_FAILED;
            }
            out.println("potctl agent: started (pid " + p.pid() + "), socket " + socket() + ", stops after "
                    + AgentLauncher.format(d) + " idle");
            return 0;
        }
    }

    @Command(name = "stop", description = "Stop the agent; runs under way finish first.")
    static final class Stop implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (ask(Wire.STOP, spec.commandLine().getOut()) == AgentClient.NO_AGENT) {
                spec.commandLine().getOut().println("potctl agent: not running");
            }
            return 0;
        }
    }

    @Command(name = "status", description = "Whether the agent runs, and its SSH sessions. Exit 1 when it does not.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (ask(Wire.STATUS, spec.commandLine().getOut()) == AgentClient.NO_AGENT) {
                spec.commandLine().getOut().println("potctl agent: not running");
                return PotCtl.POT_FAILED;
            }
            return 0;
        }
    }

    @Command(name = "serve", hidden = true, description = "Run the agent in this process (agent start runs this).")
    static final class Serve implements Callable<Integer> {
        @Option(names = "--idle", defaultValue = "10m")
        String idle;

        @Override
        public Integer call() throws IOException {
            AgentPaths.makeDirectory(environment);
            AgentServer server = AgentServer.bind(socket(), AgentLauncher.parseIdle(idle), environment);
            System.out.println("ready " + ProcessHandle.current().pid());
            System.out.flush();
            System.setOut(System.err); // the starter stopped reading; anything else goes to the log
            server.serve();
            return 0;
        }
    }
}
